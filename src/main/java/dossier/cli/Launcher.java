package dossier.cli;

import dossier.io.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a one-off build in a JVM set up for a short batch job. A default JVM spends most of a
 * build's CPU on its optimising compiler and parallel garbage collector, and reserves memory it
 * does not need; the serial collector and the quick compiler, with the class data archive made at
 * package time, start faster and use a third of the memory. Long-running commands ({@code serve})
 * and tests keep the JVM they were given.
 */
final class Launcher {
    static final String CHILD = "dossier.launched";
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");

    private Launcher() {}

    /** The exit code of the tuned JVM, or empty when this JVM should run the command itself. */
    static Optional<Integer> relaunch(String[] args) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || System.getProperty(CHILD) != null
                || System.getenv("DOSSIER_NO_RELAUNCH") != null) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-Xshare:auto", "-D" + CHILD + "=true"));
        Path archive = jar.get().resolveSibling("dossier.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return Optional.of(process.waitFor());
        } catch (IOException e) {
            return Optional.empty(); // could not start a JVM: run here instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.INTERNAL_ERROR);
        }
    }

    private static Optional<Path> jar() {
        return Folders.codeSource(Launcher.class).filter(location -> location.toString().endsWith(".jar"));
    }
}
