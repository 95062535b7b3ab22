package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole site passes the Nu HTML Checker with zero errors, and builds byte for byte the same twice. */
@ExtendWith(SharedDossier.class)
class HtmlValidityTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build(BuiltDossier real) {
        site = real.site();
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<Path> pages = htmlFiles();
        List<String> errors = validate(pages);
        assertEquals(List.of(), errors, errors.size() + " errors in " + pages.size() + " pages");
        assertTrue(pages.size() >= 40);
    }

    @Test
    void theCheckerCatchesAnInvalidPage() throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><img src=\"a.png\"></p></body></html>");
        assertEquals(2, validate(List.of(bad)).size(), "missing alt, stray end tag");
    }

    private static List<String> validate(List<Path> pages) throws Exception {
        return NuChecker.errors(site, pages);
    }

    @Test
    void twoBuildsOfTheDossierAreByteIdentical() {
        Path again = RealDossier.buildInto(temp.resolve("again"));
        Map<String, String> first = SiteFiles.snapshot(site);
        assertEquals(first, SiteFiles.snapshot(again));
        assertTrue(first.size() > 500, "files compared: " + first.size());
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> SiteFiles.inSlowCheckSample(site.relativize(f))).sorted().toList();
        }
    }
}
