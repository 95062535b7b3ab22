package dossier.build;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line for builds that take a while: nothing for the first two seconds, then
 * "rendered 1200 of 4000 pages" rewritten in place on the terminal, cleared at the end.
 */
final class BuildProgress implements AutoCloseable {
    private static final long QUIET_MILLIS = 2000;
    private static final long EVERY_MILLIS = 250;

    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService timer;
    private final PrintStream terminal;
    private volatile boolean shown;

    private BuildProgress(int total, PrintStream terminal) {
        this.terminal = terminal;
        if (terminal == null) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dossier-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            shown = true;
            terminal.print("\rdossier: rendered " + done.get() + " of " + total + " pages");
            terminal.flush();
        }, QUIET_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Shows progress on {@code terminal} when it is one; silent when it is null. */
    static BuildProgress start(int total, PrintStream terminal) {
        return new BuildProgress(total, terminal);
    }

    void pageDone() {
        done.incrementAndGet();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (shown) {
                terminal.print("\r\033[K");
                terminal.flush();
            }
        }
    }
}
