package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/** The dossier of this repository, built as CI builds it (from the working tree, with its git history). */
final class RealDossier {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final String BASE_PATH = "/china-central-asia/";
    static final String BASE_URL = "https://dossier.github.io/china-central-asia/";

    private RealDossier() {}

    /** Builds the dossier into {@code folder}/site and returns that site folder. */
    static Path buildInto(Path folder) {
        Path site = folder.resolve("site");
        BuildRun run = BuildRun.build(ROOT, site);
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }
}
