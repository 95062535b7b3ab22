package dossier.cli;

import dossier.io.Folders;
import dossier.output.BuildLock;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a one-off build in a JVM set up for a short batch job. A default JVM spends most of a
 * build's CPU on its optimising compiler and parallel garbage collector, and reserves memory it
 * does not need; the serial collector and the quick compiler, with the class data archive made at
 * package time, start faster and use a third of the memory. Long-running commands ({@code serve})
 * and tests keep the JVM they were given.
 */
final class Launcher {
    static final String CHILD = "dossier.launched";
    /** The process id of the launching JVM, given to the child so that it dies with it. */
    static final String PARENT = "dossier.parent";
    /** The status of a child that stopped because its parent had gone (as after SIGTERM; nobody reads it). */
    private static final int PARENT_GONE = 143;
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
        // What outlives one young collection (the content, the cache, the pages' links) lives to the end of
        // the build: promoted at once, it is copied once rather than to and fro between the survivor spaces
        // (a quarter less time collecting on 4,000 pages and on a rebuild of 40,000).
        List<String> command = new ArrayList<>(List.of(java.get(), "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0",
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-D" + CHILD + "=true",
                "-D" + PARENT + "=" + ProcessHandle.current().pid()));
        Path archive = jar.get().resolveSibling("dossier.jsa");
        if (Files.isRegularFile(archive)) {
            // An archive made for another copy of the jar (copied, or touched since) is skipped without a
            // warning on every build: the build is only slower.
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-cp", jar.get().toString(), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            // Its input is a pipe from this JVM, which the system closes when this JVM dies, however it dies.
            Process process = new ProcessBuilder(command).inheritIO().redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            // Ctrl-C or SIGTERM (a CI timeout) stops the child too; kill -9 is seen by the child itself.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "dossier-stop-child"));
            return Optional.of(process.waitFor());
        } catch (IOException e) {
            return Optional.empty(); // could not start a JVM: run here instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.INTERNAL_ERROR);
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor(10, TimeUnit.SECONDS); // it finishes a swap under way, and prints its last words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the process that runs a command: a stop (Ctrl-C, SIGTERM) never cuts the swap of a new
     * site in half, and a launched child stops when its parent is gone, even by {@code kill -9},
     * before it replaces the site (a CI timeout must not be followed by a build finishing unseen).
     */
    static void guard() {
        Runtime.getRuntime().addShutdownHook(new Thread(BuildLock::stopSwaps, "dossier-stop-swaps"));
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(parent));
        } catch (NumberFormatException e) {
            return;
        }
        handle.ifPresentOrElse(
                alive -> alive.onExit().thenRun(() -> BuildLock.haltOutsideSwap(PARENT_GONE)),
                () -> BuildLock.haltOutsideSwap(PARENT_GONE));
        // The end of the input pipe tells at once (the system polls other processes for onExit). It is read
        // through a channel, which this process's own exit can interrupt: a thread left blocked in a plain
        // read holds the JVM's exit for 300 ms (it waits that long for threads in native code to stop).
        FileChannel input = new FileInputStream(FileDescriptor.in).getChannel();
        Thread endOfInput = new Thread(() -> {
            ByteBuffer ignored = ByteBuffer.allocate(64);
            try {
                while (input.read(ignored) >= 0) {
                    ignored.clear(); // nothing is sent; read until the parent's end closes
                }
            } catch (ClosedByInterruptException exiting) {
                return; // this process is stopping of its own accord
            } catch (IOException e) {
                // closed as well
            }
            BuildLock.haltOutsideSwap(PARENT_GONE);
        }, "dossier-watch-parent");
        endOfInput.setDaemon(true);
        endOfInput.start();
        // Windows cannot interrupt a read of a pipe: closing the channel would wait for the read, and the
        // exit for the close, for ever. There the exit keeps its 300 ms.
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            Runtime.getRuntime().addShutdownHook(new Thread(endOfInput::interrupt, "dossier-stop-watching"));
        }
    }

    private static Optional<Path> jar() {
        return Folders.codeSource(Launcher.class).filter(location -> location.toString().endsWith(".jar"));
    }
}
