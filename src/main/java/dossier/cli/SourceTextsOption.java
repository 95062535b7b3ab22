package dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import dossier.io.RealPaths;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --source-texts DIR}, shared by the commands that check citations against their sources. */
final class SourceTextsOption {
    @Option(names = "--source-texts", paramLabel = "DIR", description = "A folder of plain-text copies of the cited "
            + "works, <source-id>.txt, kept outside the dossier: every citation's locator and fragment is checked "
            + "against them. Without it that check is skipped.")
    private Path folder;

    /** The folder, or a usage error when it is not one or lies inside the dossier. */
    Optional<Path> folder(CommandLine.Model.CommandSpec spec, Path root) {
        if (folder == null) {
            return Optional.empty();
        }
        if (folder.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source-texts needs a folder: the one holding <source-id>.txt files");
        }
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source-texts " + folder + " is not a folder; give the folder holding <source-id>.txt files");
        }
        Path real = RealPaths.of(folder.toAbsolutePath().normalize());
        if (real.startsWith(RealPaths.of(root))) {
            // Inside the dossier the copies would be committed, or published from content/.
            throw new CommandLine.ParameterException(spec.commandLine(), "--source-texts " + folder
                    + " is inside the dossier; keep the source texts outside it: they are usually copyrighted, "
                    + "and only a fragment's few words may be published");
        }
        return Optional.of(real);
    }
}
