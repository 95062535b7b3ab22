import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Save-to-served latency of {@code dossier serve}: starts it on a copy of a dossier, then saves
 * edits to a Markdown page and to a record, and times each from the write until the served page
 * shows the edit. It does what an open browser does: it listens to serve's events and fetches the
 * page when serve says to reload. (Polling the page every 2 ms instead put 500 requests a second on
 * a 2-core machine while serve rebuilt: a page edit on this dossier took 381 and 414 ms so, against
 * 265 and 305 ms timed this way, the same jar in the same hour.) The first {@value #WARM_UP} edits of each kind are not counted:
 * they measure the JVM warming up, which an editor's session pays once. Prints every sample and
 * the median of each kind.
 *
 * <p>Run with {@code java src/bench/ServeLatency.java target/dossier.jar . 20}: the jar, the dossier
 * root (its content/ and templates/ are copied; the original is not touched) and the number of edits
 * of each kind. On another dossier (the generated ones of {@code benchmark.sh}), name the one edit
 * to time after those: the file, the page's path under the site's base path, and a text of the file
 * the marker is written into, {@code ... 20 content/posts/page-00001.md posts/page-00001/ "## "}.
 */
public final class ServeLatency {
    private static final int WARM_UP = 5;

    private record Edit(String name, String file, String url, String before, String marker) {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path source = Path.of(args[1]).toAbsolutePath();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path root = Files.createTempDirectory("dossier-latency");
        copy(source.resolve("content"), root.resolve("content"));
        copy(source.resolve("templates"), root.resolve("templates"));
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        Process serve = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--root", root.toString(),
                "--port", String.valueOf(port)).redirectErrorStream(true).start();
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = log.readLine()) != null && !line.contains("serving")) {
                // wait for the first build
            }
            if (line == null) {
                throw new IllegalStateException("serve stopped before serving");
            }
            // "dossier: serving http://127.0.0.1:<port>/<base path>/ (Ctrl-C to stop)"
            String base = line.substring(line.indexOf("http://"), line.indexOf(' ', line.indexOf("http://")));
            Thread drain = new Thread(() -> {
                try {
                    log.lines().forEach(l -> { });
                } catch (java.io.UncheckedIOException closed) {
                    // serve was stopped: its output ends
                }
            });
            drain.setDaemon(true);
            drain.start();
            List<Edit> edits = args.length > 5
                    ? List.of(new Edit("Markdown page", args[3], base + args[4], args[5], "Latency marker"))
                    : List.of(
                    new Edit("Markdown page", "content/about.md", base + "about/", "It is built with Dossier",
                            "Latency marker"),
                    new Edit("record", "content/aid/kazakhstan-1997-2003.yaml", base + "aid/kazakhstan-1997-2003/",
                            "  Between 1997 and 2003 Astana", "Latencymarker"));
            HttpClient http = HttpClient.newHttpClient();
            // serve's events, as the live-reload script of an open page receives them.
            java.util.concurrent.BlockingQueue<String> reloads = new java.util.concurrent.LinkedBlockingQueue<>();
            String origin = base.substring(0, base.indexOf('/', "http://".length()));
            http.sendAsync(HttpRequest.newBuilder(URI.create(origin + "/__dossier/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                    .filter(event -> event.equals("event: reload")).forEach(reloads::add));
            for (Edit edit : edits) {
                Path file = root.resolve(edit.file());
                String original = Files.readString(file);
                List<Long> samples = new ArrayList<>();
                for (int i = -WARM_UP; i < rounds; i++) {
                    String marker = edit.marker() + (i + WARM_UP) + "x";
                    String changed = original.replace(edit.before(), edit.before().replaceFirst("(\\S)", marker + " $1"));
                    Thread.sleep(400); // let the previous rebuild settle
                    reloads.clear();
                    long start = System.nanoTime();
                    Files.writeString(file, changed);
                    // A reload told before the whole edit was written shows the page without it: wait for the next.
                    while (true) {
                        long left = TimeUnit.SECONDS.toNanos(10) - (System.nanoTime() - start);
                        if (reloads.poll(Math.max(left, 0), TimeUnit.NANOSECONDS) == null) {
                            throw new IllegalStateException(edit.name() + ": the edit never showed");
                        }
                        if (http.send(HttpRequest.newBuilder(URI.create(edit.url())).build(),
                                HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                            break;
                        }
                    }
                    if (i >= 0) {
                        samples.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                Files.writeString(file, original);
                List<Long> sorted = samples.stream().sorted().toList();
                System.out.printf("%-14s median %4d ms, min %4d, max %4d  (samples: %s)%n", edit.name(),
                        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), samples);
            }
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            delete(root);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
