package dossier.publish;

import dossier.config.SiteConfig;
import dossier.link.LinkedSite;
import dossier.link.PageKind;
import dossier.output.OutputPaths.Owner;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.pages.RenderedPage;
import dossier.problem.Problem;
import dossier.versions.HistoryPages;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sitemap.xml (every canonical page), feed.xml (Atom, by last change) and robots.txt. The first two
 * render from {@code sitemap.xml.ftlx} and {@code feed.xml.ftlx}, which a dossier's templates/ may
 * replace, as Zola's and Hugo's may; the model gives the values, the template's format escapes them.
 */
final class SiteIndexes implements SiteOutput {
    private static final List<String> FILES = List.of("sitemap.xml", "feed.xml", "robots.txt");
    private static final int FEED_ENTRIES = 100;
    private static final Set<PageKind> IN_FEED = EnumSet.of(PageKind.PAGE, PageKind.RECORD, PageKind.CHART);
    private static final Set<PageKind> NOT_LISTED = EnumSet.of(PageKind.NOT_FOUND, PageKind.CHART_EMBED);

    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        FILES.forEach(file -> paths.claim(file, Owner.generated("the build's own " + file)));
    }

    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        SiteConfig config = site.site().config();
        // Neither the page-not-found page nor a chart's embed page (noindex, canonical to the chart) is listed.
        List<RenderedPage> sorted = site.pages().stream().filter(p -> !NOT_LISTED.contains(p.kind()))
                .sorted(Comparator.comparing(RenderedPage::sitePath)).toList();
        List<Problem> problems = new ArrayList<>();
        render(site, "sitemap.xml", Map.of("pages", sorted.stream().map(page -> sitemapEntry(config, page)).toList()),
                out, problems);
        render(site, "feed.xml", feed(config, sorted), out, problems);
        out.write("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + config.absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return problems;
    }

    /** Writes {@code file} from its template {@code <file>.ftlx}, or adds why the template fails. */
    private static void render(BuiltSite site, String file, Map<String, Object> model, SiteWriter out,
                               List<Problem> problems) {
        StringWriter text = new StringWriter();
        site.templates().render(file + ".ftlx", model, text).ifPresentOrElse(problems::add,
                () -> out.write(file, text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> sitemapEntry(SiteConfig config, RenderedPage page) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("url", config.absolute(page.sitePath()));
        page.lastChanged().ifPresent(date -> entry.put("lastmod", date.toString()));
        return entry;
    }

    private static Map<String, Object> feed(SiteConfig config, List<RenderedPage> pages) {
        List<RenderedPage> entries = pages.stream()
                .filter(p -> IN_FEED.contains(p.kind()) && p.lastChanged().isPresent())
                .sorted(Comparator.comparing((RenderedPage p) -> p.lastChanged().get()).reversed()
                        .thenComparing(RenderedPage::sitePath))
                .limit(FEED_ENTRIES)
                .toList();
        // No wall-clock time: the feed is as new as its newest entry.
        String updated = entries.stream().map(p -> p.lastChanged().get()).max(LocalDate::compareTo)
                .map(SiteIndexes::timestamp).orElse("1970-01-01T00:00:00Z");
        Map<String, Object> feed = Map.of("title", config.title(), "id", config.absolute("/"), "updated", updated,
                "self", config.absolute("/feed.xml"), "home", config.absolute("/"),
                "author", config.authors().isEmpty() ? config.title() : config.authors().get(0).name());
        return Map.of("feed", feed, "entries", entries.stream().map(page -> feedEntry(config, page)).toList());
    }

    private static Map<String, Object> feedEntry(SiteConfig config, RenderedPage page) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", page.title());
        entry.put("url", config.absolute(page.sitePath()));
        if (page.revision().isEmpty()) {
            entry.put("id", config.absolute(page.sitePath()));
        } else {
            // One entry per change: its id is the revision's URL, and it links to what changed.
            entry.put("id", config.absolute(dossier.cite.Citations.versionPath(page.sitePath(), page.revision())));
            entry.put("changes", config.absolute(HistoryPages.path(page.sitePath())) + "#r-" + page.revision());
        }
        entry.put("updated", timestamp(page.lastChanged().get()));
        if (!page.summary().isBlank()) {
            entry.put("summary", page.summary());
        }
        return entry;
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
