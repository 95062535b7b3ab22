package dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR}, shared by every command that works on a dossier. */
final class RootOption {
    @Option(names = "--root", paramLabel = "DIR", description = "The dossier's folder (default: the current folder).")
    private Path root = Path.of(".");

    Path absolute() {
        return root.toAbsolutePath().normalize();
    }
}
