package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dossier.history.GitHistory;
import dossier.io.Jackson;
import dossier.problem.Problem;
import dossier.build.BuildResult;
import dossier.output.MemorySite;
import dossier.build.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * {@code dossier serve}: builds the site, serves it on 127.0.0.1, rebuilds when content or
 * templates change (only the pages an edit affects are rendered again) and tells open browsers to
 * reload through server-sent events. While content is broken it keeps serving the last good site
 * and shows the errors in the browser.
 */
public final class LiveServer implements AutoCloseable {
    static final String EVENTS = "/__dossier/events";
    static final String SCRIPT = "/__dossier/live.js";

    private final Path root;
    private final MemorySite site = new MemorySite();
    private final PrintWriter log;
    private final boolean debug;
    private final Rebuild rebuild;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final StaticServer server;
    private final Watcher watcher;
    private volatile List<String> problems = List.of();
    private volatile long lastBuildMillis;

    /** One build of the dossier into the served site; {@code serve} survives anything it throws. */
    @FunctionalInterface
    interface Rebuild {
        BuildResult build(Path root, MemorySite site);
    }

    private LiveServer(Path root, int port, String basePath, PrintWriter log, boolean debug,
                       SiteBuilder.Options options, UnaryOperator<Rebuild> around) throws IOException {
        this.root = root;
        this.log = log;
        this.debug = debug;
        // The history is read on every build (JGit reads the commits in milliseconds), and git's ref
        // logs are watched, so a commit made while serving shows in the pages' histories at once.
        SiteBuilder builder = new SiteBuilder(GitHistory::of, true);
        // The preview shows the drafts too (templates mark them by page.draft); build leaves them out.
        this.rebuild = around.apply((dossier, served) -> builder.build(dossier, served, options.withDrafts()));
        // The port first: one in use is said at once, not after a first build of many seconds.
        this.server = StaticServer.start(served(site), basePath, port,
                "<script src=\"" + SCRIPT + "\" defer></script>\n",
                Map.of(EVENTS, this::events, SCRIPT, LiveServer::script));
        rebuild();
        // A commit changes no content file, but it changes the pages' histories: git's ref logs move.
        List<Path> watched = new java.util.ArrayList<>(List.of(root.resolve("content"), root.resolve("templates")));
        GitHistory.refLogs(root).ifPresent(watched::add);
        this.watcher = Watcher.start(watched, this::changed);
    }

    /** Builds and serves {@code root}; the site is kept in memory, never written to site/. */
    public static LiveServer start(Path root, int port, String basePath, PrintWriter log) throws IOException {
        return start(root, port, basePath, log, false);
    }

    /** @param debug print the stack trace of an internal error in a rebuild, not only its one line */
    public static LiveServer start(Path root, int port, String basePath, PrintWriter log, boolean debug)
            throws IOException {
        return start(root, port, basePath, log, debug, java.util.Optional.empty());
    }

    /** @param sourceTexts a folder of the cited works' texts that every rebuild checks the citations against */
    public static LiveServer start(Path root, int port, String basePath, PrintWriter log, boolean debug,
                                   java.util.Optional<Path> sourceTexts) throws IOException {
        return start(root, port, basePath, log, debug, new SiteBuilder.Options(false, false, false, sourceTexts));
    }

    /**
     * @param basePath where the site is served: the path of the baseUrl its pages link with
     * @param options  how each rebuild builds (source texts, another baseUrl); drafts are always shown
     */
    public static LiveServer start(Path root, int port, String basePath, PrintWriter log, boolean debug,
                                   SiteBuilder.Options options) throws IOException {
        return new LiveServer(root.toAbsolutePath().normalize(), port, basePath, log, debug, options,
                UnaryOperator.identity());
    }

    /** @param around wraps each rebuild (tests make it throw) */
    static LiveServer start(Path root, int port, String basePath, PrintWriter log, boolean debug,
                            UnaryOperator<Rebuild> around) throws IOException {
        return new LiveServer(root.toAbsolutePath().normalize(), port, basePath, log, debug,
                SiteBuilder.Options.DEFAULT, around);
    }

    private static ServedFiles served(MemorySite site) {
        return new ServedFiles() {
            @Override
            public java.util.Optional<byte[]> read(String relative) {
                return site.file(relative);
            }

            @Override
            public boolean isFolder(String relative) {
                return site.isFolder(relative);
            }
        };
    }

    public String url() {
        return server.url();
    }

    /** How long the last rebuild took, in milliseconds. */
    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    private void changed() {
        boolean ok = rebuild();
        broadcast(ok ? "reload" : "problems", ok ? "{}" : problemsJson());
    }

    /**
     * Rebuilds, and reports what went wrong in the terminal and the browser: content problems, or
     * an internal error in one line (a bug, but one that must not stop the preview: the next save
     * rebuilds again).
     */
    private synchronized boolean rebuild() {
        BuildResult result;
        try {
            result = rebuild.build(root, site);
        } catch (RuntimeException | Error e) {
            if (debug) {
                e.printStackTrace(log);
            }
            String line = "internal error while rebuilding: " + String.valueOf(e).replaceAll("\\s*\\R\\s*", " ")
                    + (debug ? "" : " (run serve with --debug to see where)");
            problems = List.of(line);
            log.println("dossier: " + line + "; still serving the last good site");
            log.flush();
            return false;
        }
        lastBuildMillis = result.millis();
        if (result.succeeded()) {
            problems = List.of();
            log.println("dossier: rebuilt in " + result.millis() + " ms (" + result.rendered() + " of " + result.pages()
                    + " pages rendered)");
        } else {
            problems = result.problems().stream().map(Problem::format).toList();
            problems.forEach(log::println);
            log.println("dossier: " + problems.size() + " error(s); still serving the last good site");
        }
        log.flush();
        return result.succeeded();
    }

    private String problemsJson() {
        try {
            return Jackson.JSON_WRITER.writeValueAsString(Map.of("problems", problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        listeners.add(stream);
        send(stream, "hello", problems.isEmpty() ? "{}" : problemsJson());
    }

    private void broadcast(String event, String data) {
        for (OutputStream stream : listeners) {
            send(stream, event, data);
        }
    }

    private void send(OutputStream stream, String event, String data) {
        try {
            stream.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            listeners.remove(stream); // the browser went away
        }
    }

    private static void script(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = LiveServer.class.getResourceAsStream("/dossier/live.js")) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        watcher.close();
        listeners.forEach(stream -> {
            try {
                stream.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        server.close();
    }
}
