package dossier.check;

import dossier.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Asks every external http(s) link of the site whether it still answers: on demand only
 * ({@code dossier check --external}), never during a build or in tests against other hosts.
 */
public final class ExternalLinkChecker {
    private static final int PARALLEL = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build();

    public List<Problem> check(List<PageLinks> pages, String shownOut, String siteOrigin) {
        Map<String, List<Problem>> byUrl = new TreeMap<>();
        for (PageLinks page : pages) {
            for (PageLinks.Link link : page.links()) {
                String url = link.url();
                if ((url.startsWith("http://") || url.startsWith("https://")) && !url.startsWith(siteOrigin)) {
                    byUrl.computeIfAbsent(url.replaceFirst("#.*$", ""), k -> new ArrayList<>())
                            .add(new Problem(shownOut + "/" + page.file(), link.line(), link.column(), "", ""));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            Map<String, Future<Optional<String>>> answers = new TreeMap<>();
            byUrl.keySet().forEach(url -> answers.put(url, pool.submit(() -> failure(url))));
            List<Problem> problems = new ArrayList<>();
            for (var entry : answers.entrySet()) {
                Optional<String> failure = entry.getValue().get();
                if (failure.isPresent()) {
                    for (Problem at : byUrl.get(entry.getKey())) {
                        problems.add(new Problem(at.file(), at.line(), at.column(),
                                "external link " + entry.getKey() + " " + failure.get(),
                                "update or remove the link, or link to an archived copy"));
                    }
                }
            }
            return problems;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Why a URL fails, or empty when it answers with a success. */
    private Optional<String> failure(String url) {
        try {
            int status = status(url, "HEAD");
            if (status == 405 || status == 403 || status == 501) {
                status = status(url, "GET"); // some servers refuse HEAD only
            }
            return status < 400 ? Optional.empty() : Optional.of("answered HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of("could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private int status(String url, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "dossier-link-checker").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
