package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 only, under the site's base path, as a static host would.
 * Refuses any path that would leave the site.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("bib", "text/plain; charset=utf-8"), Map.entry("ris", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));

    /** Requested paths are resolved against this and must stay below it; it names no real folder. */
    private static final Path ROOT = Path.of("/site");

    private final HttpServer server;
    private final ServedFiles files;
    private final String basePath;
    private final String injected;

    private StaticServer(HttpServer server, ServedFiles files, String basePath, String injected) {
        this.server = server;
        this.files = files;
        this.basePath = basePath;
        this.injected = injected;
    }

    /** Starts serving {@code root} at {@code http://127.0.0.1:<port><basePath>}; port 0 picks a free one. */
    public static StaticServer start(Path root, String basePath, int port) throws IOException {
        return start(ServedFiles.folder(root), basePath, port, "", Map.of());
    }

    /**
     * @param injected  HTML put before {@code </body>} of every page served (the live-reload script), or ""
     * @param endpoints more handlers, by path, bound beside the site (server-sent events, scripts)
     */
    public static StaticServer start(ServedFiles files, String basePath, int port, String injected,
                                     Map<String, HttpHandler> endpoints) throws IOException {
        // 127.0.0.1 by number: the preview is for this machine only, and url() names this address.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                port), 0);
        StaticServer staticServer = new StaticServer(server, files, basePath, injected);
        server.createContext("/", staticServer::handle);
        endpoints.forEach((path, handler) -> server.createContext(path, getOnly(handler)));
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "dossier-serve");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return staticServer;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /**
     * Answers every request with a status a static host would give: 405 for a method other than GET
     * or HEAD, 400 for a path that is not a path (no path, bad percent-encoding), 404 for anything
     * outside the site (NUL bytes, {@code ..} in any encoding); never an exception.
     */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!readOnly(exchange)) {
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            String path;
            try {
                path = raw == null ? null : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                path = null; // a "%" not followed by two hex digits
            }
            if (path == null || !path.startsWith("/")) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request".getBytes(StandardCharsets.UTF_8));
                return;
            }
            try {
                serve(exchange, path);
            } catch (IllegalArgumentException e) {
                // a path the file system cannot name: no file of the site has it
                send(exchange, 400, "text/plain; charset=utf-8", "bad request".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Only GET and HEAD: the site is read, never written. False when refused (and answered). */
    private static boolean readOnly(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** An endpoint beside the site answers GET only. */
    private static HttpHandler getOnly(HttpHandler handler) {
        return exchange -> {
            if (exchange.getRequestMethod().equals("GET")) {
                handler.handle(exchange);
                return;
            }
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/") && !basePath.equals("/")) {
            exchange.getResponseHeaders().add("Location", basePath);
            send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (!path.startsWith(basePath) || path.indexOf('\0') >= 0) {
            notFound(exchange);
            return;
        }
        Path file = ROOT.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(ROOT)) {
            notFound(exchange); // what lies outside the site does not exist for it
            return;
        }
        String relative = ROOT.relativize(file).toString();
        if (files.isFolder(relative)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().add("Location", folderLocation(exchange));
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            relative = relative.isEmpty() ? "index.html" : relative + "/index.html";
        }
        Optional<byte[]> found = files.read(relative);
        if (found.isEmpty()) {
            notFound(exchange);
            return;
        }
        byte[] body = found.get();
        if (!injected.isEmpty() && relative.endsWith(".html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            body = (end < 0 ? html + injected : html.substring(0, end) + injected + html.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, type(relative), body);
    }

    /**
     * Where a folder asked for without its final slash is: the request's path as it came, still
     * percent-encoded; decoded, a "%0D%0A" in it would end the header and start another.
     */
    private static String folderLocation(HttpExchange exchange) {
        return exchange.getRequestURI().getRawPath() + "/";
    }

    private void notFound(HttpExchange exchange) throws IOException {
        byte[] body = files.read("404.html").orElseGet(() ->
                "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8));
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
