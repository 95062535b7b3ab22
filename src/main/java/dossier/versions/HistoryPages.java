package dossier.versions;

import dossier.cache.RenderCache;
import dossier.history.Change;
import dossier.link.LinkedSite;
import dossier.link.PageKind;
import dossier.output.SiteWriter;
import dossier.pages.PageRenderer;
import dossier.pages.RenderedPage;
import dossier.problem.Problems;
import dossier.render.PageModel;
import dossier.render.SiteModel;
import dossier.render.TemplateEngine;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <permalink>history/} for every page: each revision, newest first, with its date, revision
 * id, commit subject and what changed, linked to the version it made. A page that was renamed (its
 * old path now one of its aliases) lists the revisions it had there too.
 */
public final class HistoryPages {
    static final String TEMPLATE = "history.ftlh";

    private final SiteModel model;
    /** The former paths of each page: the aliases that lead to it, by its path. */
    private final Map<String, List<String>> formerPaths = new java.util.HashMap<>();
    private final TemplateEngine templates;
    private final SiteWriter output;
    private final Problems problems;
    private final RenderCache cache;
    /** Whether a version (by its path) is published: one that today's templates cannot render is not. */
    private final java.util.function.Predicate<String> published;
    /** What every history page depends on besides its entries: code, templates, the site's settings. */
    private final String common;

    public HistoryPages(LinkedSite site, SiteModel model, TemplateEngine templates, SiteWriter output, Problems problems,
                 RenderCache cache, String common, java.util.function.Predicate<String> published) {
        this.published = published;
        site.aliases().forEach((alias, key) -> site.target(key).ifPresent(target ->
                formerPaths.computeIfAbsent(target.path(), path -> new ArrayList<>()).add(alias)));
        this.model = model;
        this.templates = templates;
        this.output = output;
        this.problems = problems;
        this.cache = cache;
        this.common = common;
    }

    /** The history page's path of a page. */
    public static String path(String sitePath) {
        return sitePath + "history/";
    }

    /** Writes the history of a current page; returns the written page, for the link check. */
    public Optional<RenderedPage> write(RenderedPage page, PastVersions.Catalog catalog) {
        List<PastVersions.Revision> revisions = new ArrayList<>(catalog.of(page.sitePath()));
        // A page renamed with an alias of its old path had its earlier revisions there; an alias to a
        // page of another kind (a deleted record sent to an essay) is no rename.
        formerPaths.getOrDefault(page.sitePath(), List.of()).forEach(alias -> catalog.of(alias).stream()
                .filter(r -> r.kind() == page.kind()).forEach(revisions::add));
        revisions.sort(Comparator.comparingInt(PastVersions.Revision::sequence).reversed()
                .thenComparing(PastVersions.Revision::sitePath));
        String path = path(page.sitePath());
        String file = dossier.content.SitePaths.outputFile(path);
        // A history changes only with its revisions (each named by its commit, linked or not), its
        // page's title and revision, and what all pages depend on: a rebuild takes the others as they
        // were, without building their entries.
        StringBuilder state = new StringBuilder(common).append('\n').append(page.title()).append('\n')
                .append(page.revision()).append('\n').append(page.lastChanged().map(Object::toString).orElse(""));
        revisions.forEach(r -> state.append('\n').append(r.sitePath()).append(' ').append(r.revision()).append(' ')
                .append(r.commit().id()).append(' ')
                .append(published.test(dossier.cite.Citations.versionPath(r.sitePath(), r.revision()))));
        String fingerprint = dossier.io.Sha256.hex(state.toString());
        cache.record(path, fingerprint);
        if (cache.unchanged(path, fingerprint) && output.hasCurrent(file) && output.keep(file)) {
            // Its links were checked when it was written, and they name only this page and its versions.
            return Optional.of(new RenderedPage(path, "History of " + page.title(), PageKind.HISTORY, "", Optional.empty(),
                    new dossier.check.PageLinks(file, page.links().source(), java.util.Set.of(), List.of(), Map.of()),
                    false, ""));
        }
        return render(page, revisions, path, file);
    }

    /** The entries of a history, newest first, and the page they make. */
    private Optional<RenderedPage> render(RenderedPage page, List<PastVersions.Revision> revisions, String path,
                                          String file) {
        List<Map<String, Object>> entries = new ArrayList<>();
        boolean committed = revisions.stream().anyMatch(r -> r.sitePath().equals(page.sitePath())
                && r.revision().equals(page.revision()));
        if (!committed) {
            // The work tree's revision, published from the work tree until it is committed.
            Map<String, Object> entry = entry(page.sitePath(), page.revision(),
                    page.lastChanged().map(Object::toString).orElse(""), "", "Not committed yet", false, List.of());
            entry.put("current", true);
            entries.add(entry);
        }
        String current = committed ? page.revision() : "";
        for (int i = 0; i < revisions.size(); i++) {
            PastVersions.Revision revision = revisions.get(i);
            Map<String, Object> entry = entry(revision.sitePath(), revision.revision(), revision.commit().date().toString(),
                    revision.commit().shortId(), revision.commit().subject(), revision.first(), revision.changes());
            boolean isCurrent = revision.sitePath().equals(page.sitePath()) && revision.revision().equals(current);
            entry.put("current", isCurrent);
            current = isCurrent ? "" : current; // a revision that came back is current only at its newest entry
            entry.put("renamedFrom", revision.sitePath().equals(page.sitePath()) ? "" : revision.sitePath());
            // The first revision at the new path of a renamed page is the rename, not a first publication.
            String movedFrom = revision.first() && i + 1 < revisions.size()
                    && !revisions.get(i + 1).sitePath().equals(revision.sitePath()) ? revisions.get(i + 1).sitePath() : "";
            entry.put("movedFrom", movedFrom);
            entries.add(entry);
        }
        // Each entry has an id of its own: the oldest entry of a revision (where it was made, which
        // its version's notice links) is "r-<revision>", a later return of it adds its commit.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map<String, Object> entry = entries.get(i);
            String anchor = "r-" + entry.get("revision");
            entry.put("anchor", seen.add(anchor) ? anchor : anchor + "-" + entry.get("commit"));
        }
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("title", page.title());
        history.put("url", model.href(page.sitePath()));
        history.put("entries", entries);
        PageModel pageModel = model.page(PageKind.HISTORY, "History of " + page.title(), path,
                page.links().source(), "", "", Map.of(), PageRenderer.markup(""));
        StringWriter writer = new StringWriter();
        Optional<dossier.problem.Problem> failed = templates.render(TEMPLATE, model.model(pageModel,
                Map.of("history", history)).data(), writer);
        if (failed.isPresent()) {
            problems.add(failed.get());
            return Optional.empty();
        }
        String html = writer.toString();
        output.write(file, html.getBytes(StandardCharsets.UTF_8));
        return Optional.of(new RenderedPage(path, "History of " + page.title(), PageKind.HISTORY, "", Optional.empty(),
                dossier.check.LinkExtractor.extract(file, page.links().source(), html, Map.of()), true, ""));
    }

    private Map<String, Object> entry(String sitePath, String revision, String date, String commit, String subject,
                                      boolean first, List<Change> changes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("revision", revision);
        entry.put("date", date);
        entry.put("commit", commit);
        entry.put("subject", subject);
        entry.put("first", first);
        String version = dossier.cite.Citations.versionPath(sitePath, revision);
        // A version today's templates cannot render is listed without a link.
        entry.put("versionUrl", published.test(version) ? model.href(version) : "");
        entry.put("changes", changes.stream().map(HistoryPages::change).toList());
        return entry;
    }

    /** A change as templates read it: a map with its "type" and fields. */
    static Map<String, Object> change(Change change) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (change instanceof Change.Field field) {
            map.put("type", "field");
            map.put("label", field.label());
            map.put("before", field.before());
            map.put("after", field.after());
        } else if (change instanceof Change.Items items) {
            map.put("type", "items");
            map.put("label", items.label());
            map.put("added", items.added());
            map.put("removed", items.removed());
        } else if (change instanceof Change.Prose prose) {
            map.put("type", "prose");
            map.put("label", prose.label());
            map.put("before", PageRenderer.markup(prose.beforeHtml()));
            map.put("after", PageRenderer.markup(prose.afterHtml()));
        } else if (change instanceof Change.Passage passage) {
            map.put("type", "passage");
            map.put("before", PageRenderer.markup(passage.beforeHtml()));
            map.put("after", PageRenderer.markup(passage.afterHtml()));
        } else if (change instanceof Change.File file) {
            map.put("type", "file");
            map.put("file", file.file());
            map.put("title", file.title());
            map.put("status", file.status());
            map.put("changes", file.changes().stream().map(HistoryPages::change).toList());
        }
        return map;
    }
}
