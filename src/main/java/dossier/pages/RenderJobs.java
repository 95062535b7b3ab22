package dossier.pages;

import dossier.cite.LinkedData;
import dossier.cite.LinkedData.Distribution;
import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.link.PageFolders;
import dossier.link.PageKind;
import dossier.link.Target;
import dossier.markdown.MarkdownRenderer;
import dossier.render.PageModel;
import dossier.render.SiteModel;
import dossier.render.TemplateEngine;
import dossier.pages.RenderJob.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists the pages of a site and the template each one uses. */
public final class RenderJobs {
    private static final String CONFIG = "content/dossier.yaml";
    /** The page hosts show for a path that has none. */
    public static final String NOT_FOUND = "/404.html";
    /** The collection whose records are the works the others cite (as charts and related records read it too). */
    private static final String SOURCES = "sources";
    /** The built-in template of a folder's page. */
    private static final String SECTION_TEMPLATE = "section.ftlh";

    private RenderJobs() {}

    public static List<RenderJob> of(LinkedSite site, SiteModel model, TemplateEngine templates, Charts charts) {
        List<RenderJob> jobs = new ArrayList<>();
        Optional<Page> home = site.pages().stream().filter(Page::isHome).findFirst();
        String homeTemplate = home.map(p -> p.front().template()).filter(t -> !t.isEmpty()).orElse("home.ftlh");
        List<String> homeInputs = home.map(p -> List.of(CONFIG, p.file())).orElse(List.of(CONFIG));
        jobs.add(new RenderJob("/", home.map(Page::file).orElse(CONFIG), homeTemplate, home,
                content -> model.model(home.map(p -> model.narrativePage(p, content))
                        .orElseGet(() -> model.page(PageKind.HOME, site.config().title(), "/", CONFIG, "",
                                site.config().description(), Map.of(), content)), Map.of()),
                new Provenance(PageKind.HOME, homeInputs, List.of(), home.map(p -> p.front().date()).orElse(""),
                        site.config().description())));
        PageFolders folders = model.folders();
        // In parallel: the search for a shortcode reads every page's text.
        jobs.addAll(site.pages().parallelStream().filter(page -> !page.isHome()).map(page -> {
            // A folder's own page lists the folder's pages below its text, and shows their titles and summaries.
            Optional<PageFolders.Folder> folder = folders.at(page.path());
            String template = !page.front().template().isEmpty() ? page.front().template()
                    : folder.isPresent() ? SECTION_TEMPLATE : "page.ftlh";
            return new RenderJob(page.path(), page.file(), template, Optional.of(page),
                    content -> model.model(model.narrativePage(page, content), Map.of()),
                    new Provenance(PageKind.PAGE, List.of(page.file()), keywords(page), page.front().date(),
                            page.front().summary()))
                    .dependingOn(folder.map(RenderJobs::listed).orElse(List.of()),
                            page.body().contains(MarkdownRenderer.CHART_MARK));
        }).toList());
        addFolders(jobs, site, folders, model);
        for (Collection collection : site.collections()) {
            String path = collection.config().url();
            String source = collection.intro().map(Page::file).orElse(CONFIG);
            List<String> inputs = new ArrayList<>(List.of(CONFIG, collection.schemaFile()));
            collection.intro().ifPresent(intro -> inputs.add(intro.file()));
            collection.records().forEach(record -> inputs.add(record.file()));
            jobs.add(new RenderJob(path, source, "collection.ftlh", collection.intro(), content -> {
                Map<String, Object> collectionModel = model.collection(collection, content);
                return model.model(model.page(PageKind.COLLECTION, collection.config().title(), path, source, "",
                        collection.config().description(), Map.of(), content), Map.of("collection", collectionModel));
            }, new Provenance(PageKind.COLLECTION, inputs, List.of(collection.config().title()), "",
                    collection.config().description())
                    .linkedTo(Optional.of(new LinkedData.Dataset(DatasetContents.of(collection),
                            downloads(site, collection))), sourcesOf(site, collection.records()))));
            String recordTemplate = recordTemplate(collection, templates);
            for (Record record : collection.records()) {
                String recordPath = site.pathOf(record);
                List<String> keywords = new ArrayList<>(List.of(collection.config().title()));
                site.outgoing(record).stream().map(reference -> site.target(reference.to()))
                        .flatMap(Optional::stream)
                        .filter(target -> !target.collection().equals(SOURCES))
                        .map(Target::title).distinct().forEach(keywords::add);
                jobs.add(new RenderJob(recordPath, record.file(), recordTemplate, Optional.empty(), content -> {
                    Map<String, Object> recordModel = model.record(record);
                    PageModel page = model.page(PageKind.RECORD, String.valueOf(recordModel.get("title")),
                            recordPath, record.file(), record.fields().path("date").asText(""),
                            record.fields().path("summary").asText(""), recordModel.get("fields"), content);
                    page.put("draft", record.isDraft());
                    return model.model(page, Map.of("record", recordModel));
                }, new Provenance(PageKind.RECORD, List.of(record.file()), keywords, "",
                        record.fields().path("summary").asText(""))
                        .linkedTo(Optional.empty(), sourcesOf(site, List.of(record)))
                        .citing(collection.config().citesWorks()
                                ? Optional.of(new Provenance.CitedWork(record.id(), record.fields()))
                                : Optional.empty()))
                        .dependingOn(neighbours(site, record), false));
            }
        }
        addCharts(jobs, site, model, charts);
        addSearch(jobs, site, model);
        jobs.add(new RenderJob(NOT_FOUND, CONFIG, "404.ftlh", Optional.empty(),
                content -> model.model(model.page(PageKind.NOT_FOUND, "Page not found", NOT_FOUND, CONFIG, "", "", Map.of(),
                        content), Map.of()),
                new Provenance(PageKind.NOT_FOUND, List.of(CONFIG), List.of(), "", "")));
        return jobs;
    }

    /** The page of each folder of pages that has none of its own: the list of what it holds. */
    private static void addFolders(List<RenderJob> jobs, LinkedSite site, PageFolders folders, SiteModel model) {
        folders.all().values().stream().filter(folder -> folder.own().isEmpty()).forEach(folder -> {
            String source = site.targets().values().stream().filter(target -> target.path().equals(folder.path()))
                    .map(Target::source).findFirst().orElse("content" + folder.path());
            jobs.add(new RenderJob(folder.path(), source, SECTION_TEMPLATE, Optional.empty(),
                    content -> model.model(model.folderPage(folder.path(), source, content), Map.of()),
                    new Provenance(PageKind.FOLDER, listed(folder), List.of(folder.title()), "", "")));
        });
    }

    /** The files a folder's list shows: its pages' (titles, summaries, weights). */
    private static List<String> listed(PageFolders.Folder folder) {
        return folder.items().stream().map(PageFolders.Item::source).filter(file -> file.endsWith(".md")).toList();
    }

    /** The built-in search page (a target of kind "search"), so the header's search box always leads somewhere. */
    private static void addSearch(List<RenderJob> jobs, LinkedSite site, SiteModel model) {
        String summary = "Search every page and record of " + site.config().title() + ".";
        site.target(Linker.SEARCH).filter(target -> target.kind() == PageKind.SEARCH).map(Target::path)
                .ifPresent(path -> jobs.add(new RenderJob(path, CONFIG, "search.ftlh", Optional.empty(),
                        content -> model.model(model.page(PageKind.PAGE, "Search", path, CONFIG, "", summary, Map.of(),
                                content), Map.of()),
                        new Provenance(PageKind.PAGE, List.of(CONFIG), List.of(), "", summary))));
    }

    private static void addCharts(List<RenderJob> jobs, LinkedSite site, SiteModel model, Charts charts) {
        if (charts.specs().isEmpty()) {
            return;
        }
        jobs.add(new RenderJob("/charts/", "content/charts", "charts.ftlh", Optional.empty(),
                content -> model.model(model.page(PageKind.CHARTS, "Charts", "/charts/", "content/charts", "", "",
                        Map.of(), content), Map.of()),
                new Provenance(PageKind.CHARTS, charts.specs().stream().map(ChartSpec::file).toList(), List.of(), "",
                        "")));
        for (ChartSpec spec : charts.specs()) {
            Object figure = PageRenderer.markup(charts.figure(spec.id()).orElseThrow());
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", spec.id());
            chart.put("title", spec.title());
            chart.put("caption", spec.caption());
            chart.put("figure", figure);
            chart.put("csvUrl", model.href(spec.path() + spec.id() + ".csv"));
            chart.put("url", model.href(spec.path()));
            chart.put("permalink", model.permalink(spec.path()));
            chart.put("embedUrl", model.permalink(embedPath(spec)));
            chart.put("embedCode", embedCode(model.permalink(embedPath(spec)), spec.title()));
            jobs.add(new RenderJob(spec.path(), spec.file(), "chart.ftlh", Optional.empty(), content -> {
                PageModel page = model.page(PageKind.CHART, spec.title(), spec.path(), spec.file(), "",
                        spec.caption(), Map.of(), figure);
                page.put("hasCharts", true);
                return model.model(page, Map.of("chart", chart));
            }, new Provenance(PageKind.CHART, chartInputs(site, spec), List.of(spec.title()), "", spec.caption())
                    .linkedTo(Optional.of(new LinkedData.Dataset(DatasetContents.ofChart(spec, site),
                            List.of(new Distribution(model.permalink(spec.path() + spec.id() + ".csv"), "text/csv")))),
                            chartCollection(site, spec))));
            jobs.add(embed(site, model, spec, chart));
        }
    }

    /**
     * A chart's embed page, for an iframe on another site: the figure alone, canonical to the chart's
     * page. Not a page of its own to cite, search or list (see {@link RenderJob#citable()}).
     */
    private static RenderJob embed(LinkedSite site, SiteModel model, ChartSpec spec, Map<String, Object> chart) {
        String path = embedPath(spec);
        return new RenderJob(path, spec.file(), EMBED_TEMPLATE, Optional.empty(), content -> {
            PageModel page = model.page(PageKind.CHART_EMBED, spec.title(), path, spec.file(), "", spec.caption(),
                    Map.of(), content);
            page.put("hasCharts", true);
            page.put("canonical", model.permalink(spec.path()));
            return model.model(page, Map.of("chart", chart));
        }, new Provenance(PageKind.CHART_EMBED, chartInputs(site, spec), List.of(), "", spec.caption()));
    }

    static final String EMBED_TEMPLATE = "chart-embed.ftlh";

    /**
     * The HTML another site pastes to show a chart: an iframe of its embed page, escaped as HTML. A frame
     * cannot grow to its page without a script on the other site, so it is taller on a narrow screen,
     * where the caption wraps onto more lines: 960 px at 360 px wide (caption and chart of the longest
     * caption here), 640 px from 1000 px up; notes and sources scroll within. The height attribute
     * stays for sites that strip style attributes.
     */
    static String embedCode(String embedUrl, String title) {
        org.jsoup.nodes.Element frame = new org.jsoup.nodes.Element("iframe").attr("src", embedUrl)
                .attr("title", title).attr("width", "100%").attr("height", "640").attr("loading", "lazy")
                .attr("style", "border: 0; max-width: 100%; height: clamp(640px, calc(1140px - 50vw), 960px)");
        return frame.outerHtml();
    }

    /** Where a chart's embed page is published: "/charts/<id>/embed/". */
    public static String embedPath(ChartSpec spec) {
        return spec.path() + "embed/";
    }

    /** The files of the records this one links to and of those that link to it: its page shows their titles. */
    private static List<String> neighbours(LinkedSite site, Record record) {
        List<String> files = new ArrayList<>();
        site.outgoing(record).forEach(r -> site.target(r.to()).ifPresent(t -> files.add(t.source())));
        site.incoming(record).forEach(r -> site.target(r.from()).ifPresent(t -> files.add(t.source())));
        return files;
    }

    /**
     * The pages of the sources the records cite, each once, in the order first cited. Their titles and
     * paths are part of every page's fingerprint already, so they need no dependency here.
     */
    private static List<LinkedData.Work> sourcesOf(LinkedSite site, List<Record> records) {
        return records.stream().flatMap(record -> site.outgoing(record).stream())
                .filter(reference -> reference.toCollection().equals(SOURCES))
                .map(reference -> site.target(reference.to())).flatMap(Optional::stream).distinct()
                .map(target -> new LinkedData.Work(site.config().absolute(target.path()), target.title())).toList();
    }

    /**
     * A chart's spec, then the records of its collection: a corrected figure is a new revision of
     * every chart that draws it, so a version of a chart always shows the data it was cited with.
     */
    private static List<String> chartInputs(LinkedSite site, ChartSpec spec) {
        List<String> inputs = new ArrayList<>(List.of(spec.file()));
        site.collections().stream().filter(collection -> collection.name().equals(spec.collection()))
                .forEach(collection -> collection.records().forEach(record -> inputs.add(record.file())));
        return inputs;
    }

    /** A chart is made from its collection's data. */
    private static List<LinkedData.Work> chartCollection(LinkedSite site, ChartSpec spec) {
        return site.target(spec.collection()).map(target -> List.of(new LinkedData.Work(
                site.config().absolute(target.path()), target.title()))).orElse(List.of());
    }

    private static List<String> keywords(Page page) {
        List<String> keywords = new ArrayList<>();
        page.front().params().path("keywords").forEach(keyword -> keywords.add(keyword.asText()));
        return keywords;
    }

    private static List<Distribution> downloads(LinkedSite site, Collection collection) {
        String base = "/data/" + collection.name();
        return List.of(new Distribution(site.config().absolute(base + ".csv"), "text/csv"),
                new Distribution(site.config().absolute(base + ".json"), "application/json"),
                new Distribution(site.config().absolute(base + ".schema.json"), "application/schema+json"));
    }

    private static String recordTemplate(Collection collection, TemplateEngine templates) {
        if (!collection.config().template().isEmpty()) {
            return collection.config().template();
        }
        String own = collection.name() + ".ftlh";
        return templates.exists(own) ? own : "record.ftlh";
    }
}
