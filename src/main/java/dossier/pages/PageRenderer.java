package dossier.pages;

import dossier.cache.KeptPage;
import dossier.cache.RenderCache;
import dossier.cache.SearchEntry;
import dossier.check.LinkExtractor;
import dossier.cite.Citation;
import dossier.cite.CitationFormats;
import dossier.cite.CitationStyles;
import dossier.cite.Citations;
import dossier.cite.LinkedData;
import dossier.cite.MetaTags;
import dossier.cite.CitedWorks;
import dossier.cite.CslItems;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import dossier.cite.PageMetadata;
import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.output.SiteWriter;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.render.LazyList;
import dossier.render.LazyMap;
import dossier.render.RenderModel;
import dossier.render.TemplateEngine;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one page: its Markdown, its citation, its template; writes it with its cite.bib,
 * cite.ris and cite.json, and reads back its links. Shared by the render threads; holds no state
 * of its own beyond what it was given.
 */
public final class PageRenderer {

    private final MarkdownRenderer markdown;
    private final TemplateEngine templates;
    private final Citations citations;
    private final LinkedData linkedData;
    private final CitationStyles styles;
    private final SiteWriter output;
    private final Problems problems;
    private final String basePath;
    private final Fingerprints fingerprints;
    private final RenderCache cache;
    private final Optional<SearchIndex> search;
    private final boolean citationFiles;
    private final java.util.function.Predicate<String> hasHistory;

    public PageRenderer(MarkdownRenderer markdown, TemplateEngine templates, Citations citations, CitationStyles styles,
                 LinkedData linkedData,
                 SiteWriter output,
                 Problems problems, String basePath, Fingerprints fingerprints, RenderCache cache,
                 Optional<SearchIndex> search, boolean citationFiles,
                 java.util.function.Predicate<String> hasHistory) {
        this.hasHistory = hasHistory;
        this.markdown = markdown;
        this.templates = templates;
        this.citations = citations;
        this.linkedData = linkedData;
        this.styles = styles;
        this.output = output;
        this.problems = problems;
        this.basePath = basePath;
        this.fingerprints = fingerprints;
        this.cache = cache;
        this.search = search;
        this.citationFiles = citationFiles;
    }

    /** The written page, or empty when its template failed (the problem is recorded). */
    public Optional<RenderedPage> render(RenderJob job) {
        if (job.version().isPresent()) {
            return renderVersion(job, job.version().get());
        }
        Citation early = early(job);
        String fingerprint = fingerprint(job, early);
        Optional<RenderedPage> kept = cache.kept(job.sitePath(), fingerprint)
                .flatMap(page -> keep(job, early, fingerprint, page));
        return kept.isPresent() ? kept : renderAnew(job, fingerprint, early);
    }

    /** The citation of a page before it is rendered: it only needs the files the page shows. */
    private Citation early(RenderJob job) {
        RenderJob.Provenance provenance = job.provenance();
        return citations.of("", provenance.kind(), job.sitePath(), fingerprints.shownFiles(job), provenance.keywords(),
                provenance.date());
    }

    /** The revision id of a page: a hash of the files it shows. */
    public String revision(RenderJob job) {
        return citations.revision(fingerprints.shownFiles(job));
    }

    /** What a page's bytes depend on, its citation included. */
    public String fingerprint(RenderJob job) {
        return fingerprint(job, early(job));
    }

    private String fingerprint(RenderJob job, Citation early) {
        return fingerprints.of(job, early.revision() + "|" + early.lastChanged().map(Object::toString).orElse("")
                + "|" + citations.undated().map(Object::toString).orElse(""));
    }

    /**
     * A revision of a page at its version URL. Its fingerprint names the commit it comes from and
     * today's templates and code, so a version once written is taken from the previous site as it
     * is ({@link #keepVersion}) until one of those changes.
     */
    private Optional<RenderedPage> renderVersion(RenderJob job, PageVersion version) {
        // Whoever asks for a version has tried keepVersion first: this one must be rendered.
        Citation early = early(job);
        if (!early.revision().equals(version.revision())) {
            throw new IllegalStateException("the content of " + job.sitePath() + " is revision " + early.revision()
                    + ", not " + version.revision());
        }
        return renderAnew(job, version.fingerprint(), early.ofVersion(version.date()));
    }

    /**
     * Takes a version of the page at {@code sitePath} from the previous site when it was written with
     * the same fingerprint; false when it must be rendered.
     */
    public boolean keepVersion(String sitePath, PageVersion version) {
        String path = dossier.cite.Citations.versionPath(sitePath, version.revision());
        cache.record(path, version.fingerprint());
        List<String> files = new ArrayList<>(RenderJob.files(path, citationFiles));
        files.addAll(version.data());
        return cache.unchanged(path, version.fingerprint()) && keepAll(files);
    }

    /** The problems met so far by this renderer (a template that failed). */
    public List<Problem> problems() {
        return problems.sorted();
    }

    /** The citation downloads beside a page (or a version of it), when the site writes them. */
    private List<String> citeFiles(RenderJob job) {
        return job.citable() ? RenderJob.citeFiles(job.outputPath(), citationFiles) : List.of();
    }

    /** Links the page's files from the current site; false when one of them is missing there. */
    private boolean keepFiles(RenderJob job) {
        return keepAll(job.files(citationFiles));
    }

    /** Links the files from the current site, if it has them all; false when one is missing there. */
    private boolean keepAll(List<String> files) {
        if (!files.stream().allMatch(output::hasCurrent)) {
            return false;
        }
        files.forEach(output::keep);
        return true;
    }

    /**
     * Takes the page and its downloads from the current site, as they were, with what the last build
     * kept of it: no Markdown, no template model, no reading of its HTML.
     */
    private Optional<RenderedPage> keep(RenderJob job, Citation early, String fingerprint, KeptPage kept) {
        // A cache written without search entries (or planted) cannot fill this build's index: render.
        boolean searched = search.isPresent() && job.citable();
        if (searched != kept.searchEntry().isPresent() || !keepFiles(job)) {
            return Optional.empty();
        }
        kept.searchEntry().ifPresent(entry -> search.get().add(entry));
        // Where the page's Markdown wrote each link, so a link broken since is still reported there.
        String markdownFile = job.markdown().map(dossier.content.Page::file).orElse(job.source());
        cache.record(job.sitePath(), fingerprint, kept);
        return Optional.of(new RenderedPage(job.sitePath(), kept.title(), job.provenance().kind(),
                job.provenance().description(), early.lastChanged(),
                kept.links(job.outputFile(), job.source(), markdownFile), false,
                early.version().isEmpty() || !job.citable() ? "" : early.revision()));
    }

    private Optional<RenderedPage> renderAnew(RenderJob job, String fingerprint, Citation early) {
        String html = "";
        Map<String, Position> linkPositions = Map.of();
        List<dossier.markdown.Heading> headings = List.of();
        if (job.markdown().isPresent()) {
            var page = job.markdown().get();
            RenderedMarkdown rendered = markdown.render(page.file(), page.body(), page.bodyLine());
            problems.addAll(rendered.problems());
            html = rendered.html();
            linkPositions = rendered.linkPositions();
            headings = rendered.headings();
        }
        RenderModel model = job.model().apply(markup(html));
        Map<String, Object> page = model.page().entries();
        page.putIfAbsent("hasCharts", html.contains("<figure class=\"chart\""));
        page.putIfAbsent("toc", dossier.render.TableOfContents.of(headings));
        page.putIfAbsent("hasFootnotes", html.contains("class=\"footnote-ref\""));
        job.version().ifPresent(version -> page.put("version", versionModel(version)));
        String title = model.page().title();
        RenderJob.Provenance provenance = job.provenance();
        Citation citation = early.titled(title);
        // A page about a published work cites that work; its panel offers the work and this entry.
        Optional<CSLItemData> work = provenance.work().map(w -> CitedWorks.item(w.id(), w.fields()));
        // The entry is titled in the work's language: styles title-case only English titles, and
        // "Mify i real'nost'" must not become "Mify I Real'nost'".
        CSLItemData entry = CslItems.entry(citation, citations.undated());
        CSLItemData item = work.map(CSLItemData::getLanguage)
                .map(language -> new CSLItemDataBuilder(entry).language(language).build()).orElse(entry);
        CSLItemData exported = work.orElse(item);
        page.put("cite", new LazyMap(() -> {
            Map<String, Object> cite = PageMetadata.of(citation, basePath + job.outputPath().substring(1));
            cite.put("downloads", citationFiles);
            // A version is its own canonical page; the page itself is canonical at its permalink.
            String canonical = job.version().isPresent() ? citation.version() : citation.permalink();
            cite.put("canonical", canonical);
            String now = job.version().map(PageVersion::currentPath).orElse(job.sitePath());
            cite.put("historyUrl", citation.version().isEmpty() || !hasHistory.test(now) ? ""
                    : basePath + now.substring(1) + "history/");
            cite.putAll(MetaTags.of(citation, provenance.dataset().isPresent()));
            cite.put("jsonLd", linkedData.jsonLd(citation, canonical, provenance.description(),
                    provenance.dataset(), provenance.basedOn()));
            // Rendered only when a template shows the panel: each style once per page.
            cite.put("styles", styleTexts(item));
            work.ifPresent(cited -> {
                // The work's CSL fields, for templates (and head tags) that describe the work itself.
                Map<String, Object> fields = new java.util.LinkedHashMap<>(CslItems.json(cited));
                fields.put("styles", styleTexts(cited));
                fields.put("tags", MetaTags.ofWork(cited));
                cite.put("work", fields);
            });
            return cite;
        }));
        StringWriter writer = new StringWriter();
        Optional<Problem> failed = templates.render(job.template(), model.data(), writer);
        if (failed.isPresent()) {
            problems.add(failed.get());
            return Optional.empty();
        }
        String written = job.version().map(version -> withItsData(writer.toString(), job, version, citation))
                .orElseGet(writer::toString);
        Optional<SearchEntry> searchEntry = job.version().isPresent() ? Optional.empty()
                : indexForSearch(job, title, written);
        if (!output.write(job.outputFile(), written.getBytes(StandardCharsets.UTF_8))) {
            problems.add(Problem.inFile(job.source(), "two pages are published at " + job.sitePath(),
                    "give one of them another name"));
        }
        List<String> downloads = citeFiles(job);
        if (!downloads.isEmpty()) {
            output.write(downloads.get(0), bytes(CitationFormats.bibtex(exported)));
            output.write(downloads.get(1), bytes(CitationFormats.ris(exported)));
            output.write(downloads.get(2), bytes(CitationFormats.cslJson(exported)));
        }
        RenderedPage rendered = new RenderedPage(job.outputPath(), title, provenance.kind(), provenance.description(),
                citation.lastChanged(), LinkExtractor.extract(job.outputFile(), job.source(), written, linkPositions),
                true, citation.version().isEmpty() || !job.citable() ? "" : citation.revision());
        if (job.version().isEmpty()) {
            cache.record(job.sitePath(), fingerprint, KeptPage.of(title, rendered.links(), searchEntry));
        }
        return Optional.of(rendered);
    }

    /**
     * A version with data of its own (a chart's CSV as it was) links that data instead of today's,
     * relative and absolute; whoever renders the version writes the data.
     */
    private String withItsData(String html, RenderJob job, PageVersion version, Citation citation) {
        String written = html;
        // The site's absolute address: the permalink without the page's own path.
        String absoluteBase = citation.permalink().substring(0, citation.permalink().length()
                - (job.sitePath().length() - 1));
        for (String file : version.data()) {
            String today = file.replaceFirst("v/[0-9a-f]{12}/", "");
            written = written.replace("\"" + basePath + today + "\"", "\"" + basePath + file + "\"")
                    .replace("\"" + absoluteBase + today + "\"", "\"" + absoluteBase + file + "\"");
        }
        return written;
    }

    /** What a version page says about itself: which revision, of when, and where the page is now. */
    private Map<String, Object> versionModel(PageVersion version) {
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("revision", version.revision());
        model.put("date", version.date().map(Object::toString).orElse(""));
        model.put("commit", version.commit());
        String page = version.currentPath().isEmpty() ? "" : basePath + version.currentPath().substring(1);
        boolean history = !page.isEmpty() && hasHistory.test(version.currentPath());
        model.put("currentUrl", page);
        model.put("historyUrl", history ? page + "history/" : "");
        // The revision's own entry in the history: what it changed, under the changes made since.
        model.put("changesUrl", history ? page + "history/#r-" + version.revision() : "");
        return model;
    }

    /** Adds the page to the search index, when the site has one; the entry, to remember. */
    private Optional<SearchEntry> indexForSearch(RenderJob job, String title, String html) {
        if (search.isEmpty() || !job.citable()) {
            return Optional.empty();
        }
        RenderJob.Provenance provenance = job.provenance();
        String kind = switch (provenance.kind()) {
            case RECORD -> provenance.keywords().isEmpty() ? "Record" : provenance.keywords().get(0);
            case CHART, CHARTS -> "Chart";
            case COLLECTION -> "Collection";
            case HOME -> "Home";
            default -> "Page";
        };
        SearchEntry entry = SearchIndex.document(basePath + job.sitePath().substring(1), title, kind, html);
        search.get().add(entry);
        return Optional.of(entry);
    }

    /** The item in every configured style, rendered only when a template reads the list. */
    private List<Object> styleTexts(CSLItemData item) {
        return new LazyList(() -> styles.render(item).stream().map(PageRenderer::style).toList());
    }

    /** One style's text for the panel: its id, its name and the citation as safe HTML. */
    private static Map<String, Object> style(CitationStyles.Text text) {
        return Map.of("id", text.id(), "title", text.title(), "html", markup(text.html()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Rendered HTML as Freemarker markup, which templates print without escaping it again. */
    public static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
