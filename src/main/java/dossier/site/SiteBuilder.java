package dossier.site;

import dossier.check.ExternalLinkChecker;
import dossier.check.LinkChecker;
import dossier.check.PageLinks;
import dossier.cite.ChangeHistory;
import dossier.cite.CitationStyles;
import dossier.cite.Citations;
import dossier.cite.LinkedData;
import dossier.cite.UndatedFallback;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.content.Content;
import dossier.content.ContentLoader;
import dossier.content.PageReader;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.markdown.MarkdownRenderer;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.render.SiteModel;
import dossier.io.RealPaths;
import dossier.render.TemplateEngine;
import dossier.render.TemplateLinks;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs the pipeline: config, load, link, render, write, check. Content problems from every stage
 * are collected and returned together; the output folder is replaced only when there are none.
 */
public final class SiteBuilder {
    /** A template that lists these shows content from all over the site, so its pages depend on all of it. */
    private static final List<String> SITE_WIDE_LISTS = List.of("site.data", "site.records", "site.pages",
            "site.charts");

    private final YamlReader yaml = new YamlReader();
    // Made once, so that a builder used for many builds (serve) compiles the bundled and the
    // collections' schemas once.
    private final ConfigLoader configLoader = new ConfigLoader(yaml);
    private final ContentLoader contentLoader = new ContentLoader(yaml,
            new PageReader(yaml, BundledSchemas.frontMatter()), BundledSchemas.chart());
    private final ReusedTemplates templateEngines;
    /** Part of every page's fingerprint: pages kept from a build by other code could differ. */
    private final String generator = GeneratorCode.identity();
    private final java.util.function.Function<Path, ChangeHistory> history;
    private final java.util.function.Supplier<UndatedFallback> undated;
    private final java.util.Map<String, PageRenderer.Remembered> memory;
    /** The citation styles' engines, by language and style ids: loaded once for all builds of this builder. */
    private final java.util.Map<String, CitationStyles> citationStyles = new java.util.concurrent.ConcurrentHashMap<>();

    /** A builder for one-off builds: reads the git history on every build and remembers nothing. */
    public SiteBuilder() {
        this(ChangeHistory::of, false);
    }

    /**
     * @param history  where last-changed dates come from; {@code serve} reads the history once a
     *                 session, since saving a file does not change it
     * @param remember keep what each page's last build found (its links, its title) in memory, so
     *                 that rebuilds in the same process need not read unchanged pages again
     */
    public SiteBuilder(java.util.function.Function<Path, ChangeHistory> history, boolean remember) {
        this(history, remember, () -> UndatedFallback.of(System.getenv(), java.time.Clock.systemUTC()));
    }

    /** @param undated the date of citations that neither git nor the content dates, asked once a build */
    public SiteBuilder(java.util.function.Function<Path, ChangeHistory> history, boolean remember,
                       java.util.function.Supplier<UndatedFallback> undated) {
        this.undated = undated;
        this.history = history;
        this.memory = remember ? new java.util.concurrent.ConcurrentHashMap<>() : PageRenderer.NO_MEMORY;
        this.templateEngines = new ReusedTemplates(remember);
    }

    /**
     * @param updateLedger  add newly published URLs to content/published-urls.txt after a good build
     * @param checkExternal also ask every external link whether it still answers (needs the network)
     * @param progress      show a progress line on the terminal when the build takes more than 2 s
     */
    public record Options(boolean updateLedger, boolean checkExternal, boolean progress) {
        public static final Options DEFAULT = new Options(false, false, false);
    }

    public BuildResult build(Path root, Path out) {
        return build(root, out, Options.DEFAULT);
    }

    public BuildResult build(Path root, Path out, Options options) {
        // An --out that is a link (site -> /srv/webroot) is built where it leads: the new site is staged and
        // swapped in beside the real folder, so the link stays a link and its target gets the site.
        Path target = RealPaths.of(out);
        Path absoluteRoot = root.toAbsolutePath().normalize();
        OutputLocation.refusal(absoluteRoot, target).ifPresent(reason -> {
            throw new IllegalArgumentException(reason); // the commands refuse it first, as a usage error
        });
        return build(absoluteRoot, () -> OutputFolder.begin(target), () -> RenderCache.beside(target),
                Problem.display(absoluteRoot, target), options);
    }

    /** Builds into memory, for {@code serve}: the site replaces {@code site}'s files when the build succeeds. */
    public BuildResult build(Path root, MemorySite site, Options options) {
        return build(root.toAbsolutePath().normalize(), () -> new MemoryOutput(site), site::renderCache, "(served site)",
                options);
    }

    /**
     * @param begin    starts writing a new version of the site, once the content has no problems
     * @param cache    the fingerprints of the current site's pages
     * @param shownOut how messages name the output
     */
    private BuildResult build(Path absoluteRoot, java.util.function.Supplier<SiteWriter> begin,
                              java.util.function.Supplier<RenderCache> cache, String shownOut, Options options) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = configLoader.load(absoluteRoot, problems);
        if (loaded.isEmpty()) {
            return BuildResult.failed(problems, start);
        }
        SiteConfig config = loaded.get();
        Content content = contentLoader.load(absoluteRoot, config, problems);
        LinkedSite site = new Linker().link(content, problems);
        List<Path> templateAssets = Assets.templateAssets(absoluteRoot, problems);
        TemplateLinks.check(absoluteRoot, problems);
        OutputPaths claimed = PlannedOutputs.claim(absoluteRoot, site, templateAssets, problems);
        Function<String, Optional<String>> refs = name -> site.target(name).map(target -> config.href(target.path()));
        if (!problems.isEmpty()) {
            // Stop before writing, but still report the link problems of every page at once.
            MarkdownRenderer markdown = new MarkdownRenderer(refs, id -> content.charts().stream()
                    .filter(chart -> chart.id().equals(id)).findFirst().map(chart -> ""));
            site.pages().parallelStream().forEach(page ->
                    problems.addAll(markdown.render(page.file(), page.body(), page.bodyLine()).problems()));
            return BuildResult.failed(problems, start);
        }
        Charts charts = Charts.of(site);
        TemplateEngine templates = templateEngines.engine(absoluteRoot.resolve("templates"), config.language());
        SiteModel model = new SiteModel(site);
        List<RenderJob> jobs = RenderJobs.of(site, model, templates, charts).stream()
                .map(job -> job.dependingOn(job.provenance().dependencies(), templates.mentions(job.template(),
                        SITE_WIDE_LISTS)))
                .toList();
        SiteWriter output = begin.get();
        RenderCache renderCache = cache.get();
        Optional<SearchIndex> search = config.search() ? Optional.of(new SearchIndex()) : Optional.empty();
        Fingerprints fingerprints = new Fingerprints(absoluteRoot, site, generator);
        ChangeHistory changes = history.apply(absoluteRoot);
        UndatedFallback fallback = undated.get();
        List<String> notes = changes.isEmpty() ? List.of(fallback.note()) : List.of();
        PageRenderer pages = new PageRenderer(new MarkdownRenderer(refs, charts::figure), templates,
                new Citations(config, changes, fingerprints::hashOf, Optional.of(fallback)),
                citationStyles.computeIfAbsent(config.language() + " " + config.citationStyles(),
                        key -> new CitationStyles(config.citationStyles(), config.language())),
                new LinkedData(config), output, problems,
                config.basePath(), fingerprints, renderCache, search, config.citationFiles(), memory);
        List<RenderedPage> rendered;
        try (BuildProgress progress = BuildProgress.start(jobs.size(),
                options.progress() && System.console() != null ? System.err : null)) {
            rendered = inPool(() -> jobs.parallelStream().map(job -> {
                Optional<RenderedPage> page = pages.render(job);
                progress.pageDone();
                return page;
            }).flatMap(Optional::stream).toList());
        }
        Assets.copy(absoluteRoot, templateAssets, content.staticFiles(), output);
        search.ifPresent(index -> {
            output.write(SearchIndex.FILE, index.json());
            Assets.copyLunr(output);
        });
        problems.addAll(new DataExports().write(site, output));
        charts.writeCsv(site, output);
        Redirects.write(site, output);
        SiteIndexes.write(config, rendered, output);
        if (problems.isEmpty()) {
            // Only on an otherwise clean build: a page that failed to render would break links to it.
            List<PageLinks> links = rendered.stream().map(RenderedPage::links).toList();
            problems.addAll(new LinkChecker(config.basePath(), config.baseUrl(), shownOut,
                    (file, text) -> recordValueAt(site, file, text)).check(links, output.files()));
            if (options.checkExternal()) {
                problems.addAll(new ExternalLinkChecker().check(links, shownOut, config.baseUrl()));
            }
        }
        Set<String> published = published(output.files());
        PermalinkLedger ledger = new PermalinkLedger(absoluteRoot);
        problems.addAll(ledger.check(published));
        if (!problems.isEmpty()) {
            output.abandon();
            return BuildResult.failed(problems, start);
        }
        claimed.requireClaimed(output.files());
        int files = output.files().size();
        renderCache.forget();
        output.commit();
        renderCache.save();
        int added = options.updateLedger() ? ledger.update(published) : 0;
        int fresh = (int) rendered.stream().filter(RenderedPage::rendered).count();
        return new BuildResult(List.of(), jobs.size(), fresh, files, added, (System.nanoTime() - start) / 1_000_000,
                problems.warnings(), notes);
    }

    /**
     * Runs the render stage on twice as many threads as cores: a page spends part of its time
     * waiting for the disk, and another can use the core meanwhile.
     */
    private static <T> T inPool(java.util.function.Supplier<T> work) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
                2 * Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(work::get).join();
        } finally {
            pool.shutdown();
        }
    }

    /** The URLs readers may cite: pages, redirects, data downloads and chart data. */
    static Set<String> published(Set<String> files) {
        Set<String> urls = new TreeSet<>();
        for (String file : files) {
            if (file.equals("index.html")) {
                urls.add("/");
            } else if (file.endsWith("/index.html")) {
                urls.add("/" + file.substring(0, file.length() - "index.html".length()));
            } else if (file.startsWith("data/") || (file.startsWith("charts/") && file.endsWith(".csv"))) {
                urls.add("/" + file);
            }
        }
        return urls;
    }

    /** Where the record in {@code file} holds the string {@code text}: a link a template printed from it. */
    private static Optional<Position> recordValueAt(LinkedSite site, String file, String text) {
        return site.collections().stream().flatMap(collection -> collection.records().stream())
                .filter(record -> record.file().equals(file)).findFirst()
                .flatMap(record -> record.document().positionOfText(text));
    }
}
