package dossier.build;

import dossier.cache.GeneratorCode;
import dossier.cache.HistoryCache;
import dossier.cache.RenderCache;
import dossier.check.ExternalLinkChecker;
import dossier.check.LinkChecker;
import dossier.check.PageLinks;
import dossier.check.PermalinkLedger;
import dossier.history.ChangeHistory;
import dossier.cite.CitationStyles;
import dossier.cite.Citations;
import dossier.cite.LinkedData;
import dossier.cite.UndatedFallback;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.content.Content;
import dossier.content.ContentLoader;
import dossier.content.PageReader;
import dossier.history.ChangeHistory;
import dossier.history.GitHistory;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.link.RefTarget;
import dossier.markdown.MarkdownRenderer;
import dossier.output.MemoryOutput;
import dossier.output.MemorySite;
import dossier.output.OutputFolder;
import dossier.output.OutputLocation;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.pages.Charts;
import dossier.pages.Fingerprints;
import dossier.pages.PageRenderer;
import dossier.pages.PageVersion;
import dossier.pages.RenderJob;
import dossier.pages.RenderJobs;
import dossier.pages.RenderedPage;
import dossier.pages.SearchIndex;
import dossier.passage.SourceTexts;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.publish.Assets;
import dossier.publish.BuiltSite;
import dossier.publish.SiteOutput;
import dossier.render.SiteModel;
import dossier.io.RealPaths;
import dossier.render.TemplateEngine;
import dossier.render.TemplateLinks;
import dossier.schema.BundledSchemas;
import dossier.versions.HistoryPages;
import dossier.versions.PastVersions;
import dossier.yaml.YamlReader;
import java.nio.file.Files;
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
    private final ContentLoader contentLoader;
    private final ReusedTemplates templateEngines;
    /** Part of every page's fingerprint: pages kept from a build by other code could differ. */
    // Worked out on a thread of its own (it reads the jar's directory, about 20,000 entries) while the
    // build reads the config and the content, which come first.
    private final java.util.concurrent.CompletableFuture<String> generatorCode =
            java.util.concurrent.CompletableFuture.supplyAsync(GeneratorCode::identity,
                    task -> new Thread(task, "dossier-generator-code").start());
    private final java.util.function.Function<Path, GitHistory> history;
    private final java.util.function.Supplier<UndatedFallback> undated;
    /** The hashes of the files earlier builds of this builder read ({@code serve}), while they stay as they were. */
    private final dossier.io.FileMemo<String> fileHashes;
    /** Told the file of each page whose Markdown a build renders. */
    private final java.util.function.Consumer<String> markdownRendered;
    /** Whether this builder serves many builds ({@code serve}) and remembers what they made. */
    private final boolean remember;
    /** The Markdown texts earlier builds rendered, for a builder that remembers them ({@code serve}). */
    private final Optional<dossier.markdown.MarkdownMemo> markdownMemo;
    /**
     * The outputs beside the pages, which claim and then write their files; made once, so that
     * {@code serve}'s builds share what they remember.
     */
    private final List<SiteOutput> outputs = SiteOutput.all();
    /** Where the links of the last build led, worked out once for all builds of this builder. */
    private final dossier.check.LinkLeads linkLeads = new dossier.check.LinkLeads();
    /** The citation styles' engines, by language and style ids: loaded once for all builds of this builder. */
    private final java.util.Map<String, CitationStyles> citationStyles = new java.util.concurrent.ConcurrentHashMap<>();

    /** A builder for one-off builds: reads the git history on every build and remembers nothing. */
    public SiteBuilder() {
        this(GitHistory::of, false);
    }

    /**
     * @param history  the git history of a root, which dates pages and holds their past revisions;
     *                 the build closes it
     * @param remember keep between builds of this builder (serve) the parsed templates (until a file
     *                 under templates/ changes), the rendered Markdown and the citation texts
     */
    public SiteBuilder(java.util.function.Function<Path, GitHistory> history, boolean remember) {
        this(history, remember, () -> UndatedFallback.of(System.getenv(), java.time.Clock.systemUTC()));
    }

    /** @param undated the date of citations that neither git nor the content dates, asked once a build */
    public SiteBuilder(java.util.function.Function<Path, GitHistory> history, boolean remember,
                       java.util.function.Supplier<UndatedFallback> undated) {
        this(history, remember, undated, file -> { });
    }

    /** @param markdownRendered told the file of each page whose Markdown is rendered, for tests that count them */
    SiteBuilder(java.util.function.Function<Path, GitHistory> history, boolean remember,
                java.util.function.Supplier<UndatedFallback> undated,
                java.util.function.Consumer<String> markdownRendered) {
        this.undated = undated;
        this.history = history;
        this.markdownRendered = markdownRendered;
        this.remember = remember;
        this.contentLoader = new ContentLoader(yaml, new PageReader(yaml, BundledSchemas.frontMatter()),
                BundledSchemas.chart(), remember);
        this.fileHashes = new dossier.io.FileMemo<>(remember);
        this.templateEngines = new ReusedTemplates(remember);
        this.markdownMemo = remember ? Optional.of(new dossier.markdown.MarkdownMemo()) : Optional.empty();
    }

    /**
     * @param updateLedger  add newly published URLs to content/published-urls.txt after a good build
     * @param checkExternal also ask every external link whether it still answers (needs the network)
     * @param progress      show a progress line on the terminal when the build takes more than 2 s
     * @param sourceTexts   a folder of the cited works' texts ({@code <source-id>.txt}) to check every
     *                      citation's passage against, or empty to skip that check
     * @param drafts        build the pages and records marked {@code draft: true} too, as {@code serve} shows them
     * @param baseUrl       where this build's site goes, in place of the {@code baseUrl} of dossier.yaml
     *                      (checked as that is: {@link dossier.config.ConfigUrls#baseUrlFault})
     */
    public record Options(boolean updateLedger, boolean checkExternal, boolean progress,
                          Optional<Path> sourceTexts, boolean drafts, Optional<String> baseUrl) {
        public static final Options DEFAULT = new Options(false, false, false);

        public Options(boolean updateLedger, boolean checkExternal, boolean progress) {
            this(updateLedger, checkExternal, progress, Optional.empty());
        }

        public Options(boolean updateLedger, boolean checkExternal, boolean progress, Optional<Path> sourceTexts) {
            this(updateLedger, checkExternal, progress, sourceTexts, false, Optional.empty());
        }

        public Options withDrafts() {
            return new Options(updateLedger, checkExternal, progress, sourceTexts, true, baseUrl);
        }

        public Options withBaseUrl(Optional<String> url) {
            return new Options(updateLedger, checkExternal, progress, sourceTexts, drafts, url);
        }
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
                () -> HistoryCache.beside(target, generatorCode.join()), Problem.display(absoluteRoot, target), options);
    }

    /** Builds into memory, for {@code serve}: the site replaces {@code site}'s files when the build succeeds. */
    public BuildResult build(Path root, MemorySite site, Options options) {
        return build(root.toAbsolutePath().normalize(), () -> new MemoryOutput(site), site::renderCache,
                site::historyCache, "(served site)", options);
    }

    /**
     * @param begin    starts writing a new version of the site, once the content has no problems
     * @param cache    the fingerprints of the current site's pages
     * @param shownOut how messages name the output
     */
    private BuildResult build(Path absoluteRoot, java.util.function.Supplier<SiteWriter> begin,
                              java.util.function.Supplier<RenderCache> cache,
                              java.util.function.Supplier<HistoryCache> historyCache, String shownOut, Options options) {
        try (GitHistory git = history.apply(absoluteRoot)) {
            return build(absoluteRoot, begin, cache, historyCache, shownOut, options, git);
        }
    }

    private BuildResult build(Path absoluteRoot, java.util.function.Supplier<SiteWriter> begin,
                              java.util.function.Supplier<RenderCache> cache,
                              java.util.function.Supplier<HistoryCache> historyCache, String shownOut, Options options,
                              GitHistory git) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = config(absoluteRoot, options, problems);
        if (loaded.isEmpty()) {
            return BuildResult.failed(problems, start);
        }
        SiteConfig config = loaded.get();
        Content content = contentLoader.load(absoluteRoot, config, problems);
        LinkedSite site = new Linker().link(content, options.drafts(), problems);
        SourceTexts.Outcome passages = SourceTexts.check(site, options.sourceTexts());
        problems.addAll(passages.problems());
        passages.warnings().forEach(problems::warn);
        List<Path> templateAssets = Assets.templateAssets(absoluteRoot, problems);
        TemplateLinks.check(absoluteRoot, problems);
        OutputPaths claimed = PlannedOutputs.claim(absoluteRoot, site, templateAssets, outputs, problems);
        boolean versioned = !git.isEmpty();
        java.util.Set<String> withHistory = versioned ? PlannedOutputs.claimHistories(site, claimed, problems)
                : java.util.Set.of();
        Function<String, Optional<String>> refs = refs(site);
        if (!problems.isEmpty()) {
            // Stop before writing, but still report the link problems of every page at once.
            // A chart whose spec has errors of its own is still there: its pages are not told it is missing;
            // nor are the links to a page or record whose file could not be read (its own error says why).
            Path chartFolder = absoluteRoot.resolve("content").resolve("charts");
            Function<String, Optional<String>> refsOrUnreadable = name -> refs.apply(name)
                    .or(() -> content.unreadable().containsKey(name) ? Optional.of("") : Optional.empty());
            MarkdownRenderer markdown = new MarkdownRenderer(refsOrUnreadable, id -> content.charts().stream()
                    .filter(chart -> chart.id().equals(id)).findFirst().map(chart -> "")
                    .or(() -> id.matches("[A-Za-z0-9][A-Za-z0-9_-]*") && java.util.stream.Stream.of(".yaml", ".yml")
                            .anyMatch(suffix -> Files.isRegularFile(chartFolder.resolve(id + suffix)))
                            ? Optional.of("") : Optional.empty()), works(site), site::draft)
                    .onSite(config.baseUrl(), nearestRef(site));
            java.util.Map<dossier.content.Page, dossier.markdown.RenderedMarkdown> rendered =
                    new java.util.concurrent.ConcurrentHashMap<>();
            site.pages().parallelStream().forEach(page ->
                    rendered.put(page, markdown.render(page.file(), page.body(), page.bodyLine())));
            rendered.values().forEach(page -> problems.addAll(page.problems()));
            problems.addAll(MarkdownAnchors.check(site, rendered));
            return BuildResult.failed(problems, start);
        }
        Charts charts = Charts.of(site);
        problems.addAll(charts.coloursOfNothing());
        TemplateEngine templates = templateEngines.engine(absoluteRoot.resolve("templates"), config.language());
        SiteModel model = new SiteModel(site);
        List<RenderJob> jobs = dossier.pages.PathClashes.settled(jobs(site, model, templates, charts), problems::add);
        SiteWriter output = begin.get();
        RenderCache renderCache = cache.get();
        Optional<SearchIndex> search = config.search() ? Optional.of(new SearchIndex()) : Optional.empty();
        Fingerprints fingerprints = new Fingerprints(absoluteRoot, site, generatorCode.join(), fileHashes);
        ChangeHistory changes = git.lastChanged();
        UndatedFallback fallback = undated.get();
        List<String> notes = new java.util.ArrayList<>();
        passages.note().ifPresent(notes::add);
        if (!versioned) {
            // Said once: outside git there is neither a date nor a past revision to read.
            notes.add(fallback.note() + "; pages are built without their history and version pages "
                    + "(<page>/history/, <page>/v/<revision>/), and the ledger's version URLs are not checked");
        } else if (changes.isEmpty()) {
            notes.add(fallback.note());
        }
        MarkdownRenderer markdown = new MarkdownRenderer(refs, charts::figure, works(site), site::draft)
                .telling(markdownRendered).onSite(config.baseUrl(), nearestRef(site));
        PageRenderer pages = new PageRenderer(markdownMemo.map(memo -> markdown.remembering(memo,
                        dossier.pages.MarkdownInputs.of(site, charts))).orElse(markdown),
                templates,
                new Citations(config, changes, fingerprints::hashOf, Optional.of(fallback), versioned),
                styles(config), new LinkedData(config), output, problems,
                config.basePath(), fingerprints, renderCache, search, config.citationFiles(), withHistory::contains);
        List<RenderedPage> rendered;
        try (BuildProgress progress = BuildProgress.start(jobs.size(),
                options.progress() && System.console() != null ? System.err : null)) {
            rendered = inPool(() -> jobs.parallelStream().map(job -> {
                Optional<RenderedPage> page = pages.render(job);
                progress.pageDone();
                return page;
            }).flatMap(Optional::stream).toList());
        }
        HistoryOutput history = versioned ? publishHistory(git, site, model, templates, jobs, rendered, pages, options,
                output, renderCache, historyCache.get(), fingerprints, claimed, problems, withHistory, charts)
                : HistoryOutput.NONE;
        List<RenderedPage> histories = history.pages();
        BuiltSite built = new BuiltSite(absoluteRoot, site, rendered, charts, search, templateAssets, templates);
        outputs.forEach(siteOutput -> problems.addAll(siteOutput.write(built, output)));
        // Checked even when a page failed to render, so that a build reports its broken links with its
        // other errors at once. Then links lead to what the build meant to write (every claimed file): a page
        // or feed that failed is not also reported as missing wherever it is linked. A build with nothing
        // failed is held to what it wrote.
        List<PageLinks> links = java.util.stream.Stream.concat(rendered.stream(), histories.stream())
                .map(RenderedPage::links).toList();
        Set<String> targets = output.files();
        if (!problems.isEmpty()) {
            targets = new java.util.HashSet<>(targets);
            targets.addAll(claimed.files());
        }
        // A link the Markdown already reported (a ref: to nothing, a refused scheme) is not reported again.
        Set<Position> placed = problems.sorted().stream().map(Problem::position)
                .collect(java.util.stream.Collectors.toSet());
        new LinkChecker(config.basePath(), config.baseUrl(), shownOut,
                (file, text) -> recordValueAt(site, file, text).or(() -> navigationAt(site, refs, text)),
                linkLeads).check(links, targets).stream()
                .filter(problem -> !placed.contains(problem.position())).forEach(problems::add);
        if (problems.isEmpty() && options.checkExternal()) {
            problems.addAll(new ExternalLinkChecker().check(links, shownOut, config.baseUrl()));
        }
        Set<String> published = published(output.files(), histories.stream()
                .map(page -> dossier.content.SitePaths.outputFile(page.sitePath())).collect(
                        java.util.stream.Collectors.toSet()));
        PermalinkLedger ledger = new PermalinkLedger(absoluteRoot);
        problems.addAll(ledger.check(published, versioned, url -> history.whyLost(url, git.isShallow())));
        if (!problems.isEmpty()) {
            output.abandon();
            return BuildResult.failed(problems, start);
        }
        claimed.requireClaimed(output.files());
        int files = output.files().size();
        renderCache.forget();
        output.commit();
        renderCache.save();
        // A version made from the work tree is not committed yet: the next edit replaces it, so it is not listed.
        Set<String> listed = new TreeSet<>(published);
        history.fromWorkTree().forEach(path -> listed.remove(path));
        int added = options.updateLedger() ? ledger.update(listed) : 0;
        int fresh = (int) rendered.stream().filter(RenderedPage::rendered).count();
        return new BuildResult(List.of(), jobs.size(), fresh, files, added, (System.nanoTime() - start) / 1_000_000,
                problems.warnings(), notes, history.versions());
    }

    /** The dossier's settings, with the command line's {@code --base-url} in place of its own baseUrl. */
    private Optional<SiteConfig> config(Path root, Options options, Problems problems) {
        return configLoader.load(root, problems)
                .map(config -> options.baseUrl().map(config::withBaseUrl).orElse(config));
    }

    /** Where a {@code ref:} link to a name leads in a site, if it names anything. */
    private static Function<String, Optional<String>> refs(LinkedSite site) {
        return name -> site.target(name).map(target -> site.config().href(target.path()));
    }

    /** What a page's cite of a work shows: the work's record in a collection marked {@code cites: works}. */
    private static Function<String, Optional<dossier.markdown.CitedWork>> works(LinkedSite site) {
        // "id", or "collection/id" where two collections of works share the id: one work, or none.
        return name -> {
            int slash = name.indexOf('/');
            String id = name.substring(slash + 1);
            List<dossier.content.Record> works = site.works()
                    .filter(r -> (slash < 0 || r.collection().equals(name.substring(0, slash))) && r.id().equals(id))
                    .toList();
            return works.size() != 1 ? Optional.empty() : site.target(works.get(0).key())
                    .map(target -> new dossier.markdown.CitedWork(target.title(), site.config().href(target.path()),
                            works.get(0).fields().path("url").asText("")));
        };
    }

    /** The ref: name of the site nearest a misspelt one ("abuot" to "about"), if one is near. */
    private static Function<String, Optional<String>> nearestRef(LinkedSite site) {
        return name -> dossier.schema.DidYouMean.nearest(name, site.targets().keySet());
    }

    /** The pages of a site, each depending on what its template lists of the whole site. */
    private static List<RenderJob> jobs(LinkedSite site, SiteModel model, TemplateEngine templates, Charts charts) {
        return RenderJobs.of(site, model, templates, charts).stream()
                .map(job -> job.dependingOn(job.provenance().dependencies(), templates.mentions(job.template(),
                        SITE_WIDE_LISTS)))
                .toList();
    }

    /** The citation styles' engine for a site's language and styles, made once for all builds of this builder. */
    private CitationStyles styles(SiteConfig config) {
        return citationStyles.computeIfAbsent(config.language() + " " + config.citationStyles(),
                key -> new CitationStyles(config.citationStyles(), config.language(), remember));
    }

    /**
     * What publishing the history gave: the history pages, the versions published (and rendered), the
     * version paths made from the work tree, and why a version the history holds was not published.
     */
    private record HistoryOutput(List<RenderedPage> pages, BuildResult.Versions versions, Set<String> fromWorkTree,
                                 java.util.Map<String, Problem> unrenderable) {
        static final HistoryOutput NONE = new HistoryOutput(List.of(), BuildResult.Versions.NONE, Set.of(),
                java.util.Map.of());

        /** Why the ledger's version URL (a site path) is no longer produced. */
        PermalinkLedger.Lost whyLost(String url, boolean shallow) {
            Problem failed = unrenderable.get(url);
            if (failed != null) {
                return new PermalinkLedger.Lost("today's templates cannot render it: " + failed.format(),
                        "make the template work with the page as it was (guard a field that older revisions lack "
                                + "with `!` or `??`)");
            }
            return shallow ? new PermalinkLedger.Lost("this clone is shallow and lacks the commit that made it",
                    "fetch the whole history (`git fetch --unshallow`; `fetch-depth: 0` in CI)")
                    : new PermalinkLedger.Lost("the git history here does not hold the commit that made it "
                    + "(a squash or a rebase of published commits loses it)", "restore the history that has it");
        }
    }

    /**
     * Publishes every revision of every page that the history holds, the work tree's revision of each
     * page that is not committed yet, and each page's history.
     */
    private HistoryOutput publishHistory(GitHistory git, LinkedSite site, SiteModel model, TemplateEngine templates,
                                         List<RenderJob> jobs, List<RenderedPage> rendered, PageRenderer pages,
                                         Options options,
                                         SiteWriter output, RenderCache renderCache, HistoryCache historyCache,
                                         Fingerprints fingerprints, OutputPaths claimed, Problems problems,
                                         Set<String> withHistory, Charts charts) {
        java.util.Map<String, String> targetPaths = new java.util.HashMap<>();
        site.targets().values().forEach(target -> targetPaths.put(target.path(), target.path()));
        site.aliases().forEach((alias, key) -> site.target(key).ifPresent(t -> targetPaths.putIfAbsent(alias,
                t.path())));
        PastVersions.Catalog catalog = new PastVersions(git,
                root -> loadState(root, model, templates, output, renderCache, withHistory, options), historyCache,
                // Which pages have a history is part of every version's fingerprint: its notice links it.
                pages::keepVersion, fingerprints.templatesAndCode() + new java.util.TreeSet<>(withHistory),
                (path, data) -> PlannedOutputs.claimVersion(claimed, path, site.config().citationFiles(), data),
                path -> targetPaths.getOrDefault(path, ""), output).walk();
        java.util.Map<String, RenderJob> bySitePath = new java.util.HashMap<>();
        jobs.forEach(job -> bySitePath.put(job.sitePath(), job));
        List<RenderedPage> uncommitted = rendered.stream()
                .filter(page -> !page.revision().isEmpty() && !catalog.isPublished(page.sitePath(), page.revision()))
                .toList();
        List<Boolean> renderedFresh = inPool(() -> uncommitted.parallelStream().map(page -> {
            String path = dossier.cite.Citations.versionPath(page.sitePath(), page.revision());
            List<String> data = Charts.versionData(page.sitePath(), page.kind(), page.revision());
            PlannedOutputs.claimVersion(claimed, path, site.config().citationFiles(), data);
            RenderJob job = bySitePath.get(page.sitePath());
            PageVersion version = new PageVersion(page.revision(), page.lastChanged(), "", page.sitePath(),
                    dossier.io.Sha256.hex("work tree\n" + pages.fingerprint(job)), data);
            if (pages.keepVersion(page.sitePath(), version)) {
                return false;
            }
            boolean written = pages.render(job.asVersion(version)).isPresent();
            if (written) {
                charts.writeVersionData(page.sitePath(), data, site, output);
            }
            return written;
        }).toList());
        if (!catalog.unbuildable().isEmpty()) {
            problems.warn(Problem.inFile("content/", catalog.unbuildable().size() + " past state(s) of content/ do not "
                    + "build with this version of Dossier, so the revisions they made are not published; the first: "
                    + catalog.unbuildable().get(0), "nothing to do unless a version URL in the ledger needs one of them"));
        }
        catalog.unrenderable().values().stream().findFirst().ifPresent(problem -> problems.warn(new Problem(
                problem.file(), problem.line(), problem.column(), catalog.unrenderable().size()
                + " past revision(s) cannot be rendered with today's templates, so they are not published: "
                + problem.message(), problem.hint())));
        Set<String> fromWorkTree = new java.util.TreeSet<>();
        uncommitted.forEach(page -> {
            fromWorkTree.add(dossier.cite.Citations.versionPath(page.sitePath(), page.revision()));
            Charts.versionData(page.sitePath(), page.kind(), page.revision()).forEach(file -> fromWorkTree.add("/" + file));
        });
        Set<String> available = new java.util.HashSet<>(catalog.published());
        available.addAll(fromWorkTree);
        HistoryPages histories = new HistoryPages(site, model, templates, output, problems, renderCache,
                fingerprints.site(), available::contains);
        List<RenderedPage> written = inPool(() -> rendered.parallelStream()
                .filter(page -> !page.revision().isEmpty() && withHistory.contains(page.sitePath()))
                .map(page -> histories.write(page, catalog)).flatMap(Optional::stream).toList());
        int fresh = (int) renderedFresh.stream().filter(Boolean::booleanValue).count();
        return new HistoryOutput(written, new BuildResult.Versions(catalog.published().size() + uncommitted.size(),
                catalog.rendered() + fresh), fromWorkTree, catalog.unrenderable());
    }

    /**
     * A past state of the content at {@code root} (in memory), loaded like the work tree and ready to
     * render with today's templates; or the first problem that keeps it from building.
     */
    private PastVersions.PastState loadState(Path root, SiteModel current, TemplateEngine templates,
                                             SiteWriter output, RenderCache renderCache, Set<String> withHistory,
                                             Options options) {
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = config(root, options, problems);
        if (loaded.isEmpty()) {
            return new PastVersions.Broken(problems.sorted().get(0).format());
        }
        SiteConfig config = loaded.get();
        Content content = contentLoader.load(root, config, problems);
        LinkedSite site = new Linker().link(content, options.drafts(), problems);
        if (!problems.isEmpty()) {
            return new PastVersions.Broken(problems.sorted().get(0).format());
        }
        Charts charts = Charts.of(site);
        SiteModel model = new SiteModel(site, Optional.of(current));
        List<RenderJob> jobs = dossier.pages.PathClashes.settled(jobs(site, model, templates, charts), problems::add);
        if (!problems.isEmpty()) {
            return new PastVersions.Broken(problems.sorted().get(0).format());
        }
        Fingerprints fingerprints = new Fingerprints(root, site, generatorCode.join());
        Function<String, Optional<String>> refs = refs(site);
        Citations citations = new Citations(config, ChangeHistory.none(), fingerprints::hashOf, Optional.empty(), true);
        PageRenderer renderer = new PageRenderer(new MarkdownRenderer(refs, charts::figure, works(site), site::draft)
                .telling(markdownRendered).onSite(config.baseUrl(), nearestRef(site)),
                templates, citations,
                styles(config), new LinkedData(config), output, new Problems(), config.basePath(), fingerprints,
                renderCache, Optional.empty(), config.citationFiles(), withHistory::contains);
        return new PastVersions.LoadedState(site, jobs, renderer, fingerprints, charts);
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

    /** The URLs readers may cite: pages and their versions, redirects, data downloads and chart data. */
    static Set<String> published(Set<String> files) {
        return published(files, Set.of());
    }

    /** @param histories the files of history pages, which list what changed and are no page to cite */
    static Set<String> published(Set<String> files, Set<String> histories) {
        Set<String> urls = new TreeSet<>();
        for (String file : files) {
            if (histories.contains(file)) {
                continue;
            }
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

    /** Where dossier.yaml gives the navigation url a page links as {@code href}: every page shows the menu. */
    private static Optional<Position> navigationAt(LinkedSite site, Function<String, Optional<String>> refs,
                                                   String href) {
        return site.config().navigation().stream()
                .filter(item -> href.equals(item.url()) || href.equals(navigationHref(site, refs, item.url())))
                .findFirst().map(SiteConfig.NavItem::at);
    }

    /** The href a navigation url becomes: a ref's target, or a site path under the base path. */
    private static String navigationHref(LinkedSite site, Function<String, Optional<String>> refs, String url) {
        return RefTarget.parse(url).map(ref -> refs.apply(ref.name()).map(ref::at).orElse(""))
                .orElseGet(() -> url.startsWith("/") ? site.config().href(url) : "");
    }

    /** Where the record in {@code file} holds the string {@code text}: a link a template printed from it. */
    private static Optional<Position> recordValueAt(LinkedSite site, String file, String text) {
        return site.collections().stream().flatMap(collection -> collection.records().stream())
                .filter(record -> record.file().equals(file)).findFirst()
                .flatMap(record -> record.document().positionOfText(text));
    }
}
