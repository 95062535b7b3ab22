package dossier.cli;

import dossier.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier init DIR}: a new dossier that builds, checks and serves as it is, with a collection,
 * two records that refer to each other, a page with a link and a chart, and the schemas editors
 * complete and check fields from. It writes only into an empty or new folder, so it never
 * overwrites anyone's work.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a new dossier into DIR (created when missing; refused when not empty): settings, "
                + "a collection with its schema and two records, a home page, a page with a chart, and the "
                + "schemas your editor checks them with.")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new dossier's folder: empty, or not there yet.")
    private Path folder;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        Path root = folder.toAbsolutePath().normalize();
        refuseUnlessEmpty(root);
        Map<String, String> files = Skeleton.files();
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                AtomicFiles.create(target, file.getValue());
            }
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write the dossier into " + folder
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); choose a folder you may write to");
        }
        String dir = folder.toString().contains(" ") ? "\"" + folder + "\"" : folder.toString();
        PrintWriter out = spec.commandLine().getOut();
        out.println("dossier: wrote a new dossier into " + folder + " (" + files.size() + " files). Next:");
        out.println("  dossier serve --root " + dir + "    preview it in your browser while you edit");
        out.println("  dossier build --root " + dir + "    write the site into " + folder.resolve("site") + "/");
        out.println("Set baseUrl in " + folder.resolve("content/dossier.yaml") + " to where it will be published.");
        return 0;
    }

    /** A folder with anything in it, even a hidden file, may be someone's work: leave it alone. */
    private void refuseUnlessEmpty(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    folder + " is a file, not a folder; name a new or empty folder for the dossier");
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isPresent()) {
                throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not empty; init writes "
                        + "only into an empty or new folder, so that nothing there is overwritten; name another");
            }
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + folder + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); name a folder you may write to");
        }
    }
}
