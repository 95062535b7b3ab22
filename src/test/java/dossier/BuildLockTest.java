package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.cli.Main;
import dossier.output.BuildLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time into an output folder; a build whose launcher is killed dies with it. */
@Tag("slow") // starts and kills child JVMs: left out of the mutation profile
class BuildLockTest {
    @TempDir
    Path temp;

    @Test
    void twoBuildsStartedAtOnceBothSucceedAndLeaveTheWholeSite() throws Exception {
        Path root = dossierWithManyPages(400);
        Path out = temp.resolve("site");
        assertEquals(0, BuildRun.build(root, temp.resolve("reference")).exitCode());
        Map<String, String> whole = SiteFiles.snapshot(temp.resolve("reference"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BuildRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return BuildRun.build(root, out);
                }));
            }
            start.countDown();
            BuildRun first = runs.get(0).get(3, TimeUnit.MINUTES);
            BuildRun second = runs.get(1).get(3, TimeUnit.MINUTES);
            assertEquals(0, first.exitCode(), first.err());
            assertEquals(0, second.exitCode(), second.err());
            assertTrue((first.err() + second.err()).contains("another build is writing " + out
                    + "; waiting for it to finish"), "the later build says why it waits: " + first.err() + second.err());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(whole, SiteFiles.snapshot(out), "every file of the site, as one build writes it");
        assertFalse(Files.exists(temp.resolve(".site.partial")));
    }

    @Test
    void aBuildWaitsWhileTheFolderIsLockedThenBuilds() throws Exception {
        Path root = SiteFiles.fixture("minimal");
        Path out = temp.resolve("site");
        StringWriter err = new StringWriter();
        Thread build;
        int[] code = {-1};
        try (BuildLock held = BuildLock.acquire(out, Duration.ofSeconds(5), notice -> { })) {
            build = new Thread(() -> code[0] = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                    "build", "--root", root.toString(), "--out", out.toString(), "--quiet"));
            build.start();
            waitFor(() -> err.toString().contains("waiting for it to finish"), "the waiting message: " + err);
            Thread.sleep(300);
            assertTrue(build.isAlive(), "the second build waits");
            assertFalse(Files.exists(out), "and writes nothing meanwhile");
        }
        build.join(60_000);
        assertEquals(0, code[0], err.toString());
        assertTrue(Files.isRegularFile(out.resolve("first/index.html")));
    }

    @Test
    void aBuildGivesUpAfterItsPatienceWithAMessage() {
        Path out = temp.resolve("site");
        try (BuildLock held = BuildLock.acquire(out, Duration.ofSeconds(5), notice -> { })) {
            List<String> notices = new ArrayList<>();
            BuildLock.Busy busy = assertThrows(BuildLock.Busy.class,
                    () -> BuildLock.acquire(out, Duration.ofMillis(300), notices::add));
            assertEquals(List.of("dossier: another build is writing " + out + "; waiting for it to finish (lock "
                    + temp.resolve(".site.lock") + ")"), notices);
            assertEquals("another build has been writing " + out + " for over 0 seconds; this build wrote nothing. "
                    + "Build again when it has finished, or stop it", busy.getMessage());
        }
        try (BuildLock again = BuildLock.acquire(out, Duration.ofMillis(300), notice -> { })) {
            assertTrue(Files.exists(temp.resolve(".site.lock")), "free again once released");
        }
    }

    /**
     * A build in its own JVM, as the launcher starts it: it waits for the lock held here (another
     * process), and when its parent is killed with SIGKILL it stops before touching the site.
     */
    @Test
    void aLaunchedBuildDiesWithItsParentAndLeavesThePreviousSite() throws Exception {
        Path root = SiteFiles.fixture("minimal");
        Path out = temp.resolve("site");
        assertEquals(0, BuildRun.build(root, out).exitCode());
        Files.writeString(out.resolve("marker.txt"), "the previous site");
        Map<String, String> previous = SiteFiles.snapshot(out);

        Process parent = new ProcessBuilder("sleep", "120").start();
        Process orphan;
        Process adopted;
        Process living = new ProcessBuilder("sleep", "120").start();
        try (BuildLock held = BuildLock.acquire(out, Duration.ofSeconds(5), notice -> { })) {
            orphan = launchedBuild(root, out, parent.pid());
            adopted = launchedBuild(root, out, living.pid());
            Process cutOff = launchedBuild(root, out, living.pid());
            waitFor(() -> stderr(orphan).contains("waiting for it to finish"), "the child waits: " + stderr(orphan));
            parent.destroyForcibly().waitFor();
            assertTrue(orphan.waitFor(20, TimeUnit.SECONDS), "the child stops when its parent is killed");
            // The launcher's JVM holds the other end of the child's input: when it dies, the pipe closes.
            waitFor(() -> stderr(cutOff).contains("waiting for it to finish"), "the child waits: " + stderr(cutOff));
            cutOff.getOutputStream().close();
            assertTrue(cutOff.waitFor(20, TimeUnit.SECONDS), "the child stops when its input from the parent closes");
            Process terminated = launchedBuild(root, out, living.pid());
            waitFor(() -> stderr(terminated).contains("waiting for it to finish"), "the child waits");
            terminated.destroy(); // SIGTERM, as the launcher's shutdown hook sends it
            assertTrue(terminated.waitFor(20, TimeUnit.SECONDS), "the child stops on SIGTERM");
            assertEquals(previous, SiteFiles.snapshot(out), "the previous site is in place");
        } finally {
            parent.destroyForcibly();
        }
        try {
            assertTrue(adopted.waitFor(60, TimeUnit.SECONDS), "a child whose parent lives builds once the lock is free");
            assertEquals(0, adopted.exitValue(), stderr(adopted));
            assertFalse(Files.exists(out.resolve("marker.txt")), "and replaces the site");
        } finally {
            living.destroyForcibly();
            adopted.destroyForcibly();
        }
    }

    private final Map<Process, StringBuffer> errors = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code java dossier.cli.Main build} as {@code cli.Launcher} starts it in its child JVM. */
    private Process launchedBuild(Path root, Path out, long parentPid) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Ddossier.launched=true", "-Ddossier.parent=" + parentPid, Main.class.getName(),
                "build", "--root", root.toString(), "--out", out.toString(), "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer err = new StringBuffer();
        errors.put(process, err);
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getErrorStream()) {
                byte[] buffer = new byte[1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    err.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private String stderr(Process process) {
        return errors.get(process).toString();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private Path dossierWithManyPages(int pages) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        for (int i = 0; i < pages; i++) {
            Files.writeString(root.resolve("content/page-" + i + ".md"), "---\ntitle: Page " + i + "\n---\n"
                    + "Some *text* with a [link](ref:first) and a list:\n\n- one\n- two\n".repeat(5));
        }
        return root;
    }
}
