package dossier.site;

import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.link.LinkedSite;
import dossier.render.SiteModel;
import dossier.render.TemplateEngine;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists the pages of a site and the template each one uses. */
final class RenderJobs {
    private RenderJobs() {}

    static List<RenderJob> of(LinkedSite site, SiteModel model, TemplateEngine templates, Charts charts) {
        List<RenderJob> jobs = new ArrayList<>();
        Optional<Page> home = site.pages().stream().filter(Page::isHome).findFirst();
        String homeTemplate = home.map(p -> p.front().template()).filter(t -> !t.isEmpty()).orElse("home.ftlh");
        jobs.add(new RenderJob("/", home.map(Page::file).orElse("content/dossier.yaml"), homeTemplate, home,
                content -> model.model(home.map(p -> model.narrativePage(p, content))
                        .orElseGet(() -> model.page("home", site.config().title(), "/", "content/dossier.yaml", "",
                                site.config().description(), Map.of(), content)), Map.of())));
        for (Page page : site.pages()) {
            if (page.isHome()) {
                continue;
            }
            String template = page.front().template().isEmpty() ? "page.ftlh" : page.front().template();
            jobs.add(new RenderJob(page.path(), page.file(), template, Optional.of(page),
                    content -> model.model(model.narrativePage(page, content), Map.of())));
        }
        for (Collection collection : site.collections()) {
            String path = collection.config().url();
            String source = collection.intro().map(Page::file).orElse("content/dossier.yaml");
            jobs.add(new RenderJob(path, source, "collection.ftlh", collection.intro(), content -> {
                Map<String, Object> collectionModel = model.collection(collection, content);
                return model.model(model.page("collection", collection.config().title(), path, source, "",
                        collection.config().description(), Map.of(), content), Map.of("collection", collectionModel));
            }));
            String recordTemplate = recordTemplate(collection, templates);
            for (Record record : collection.records()) {
                String recordPath = site.pathOf(record);
                jobs.add(new RenderJob(recordPath, record.file(), recordTemplate, Optional.empty(), content -> {
                    Map<String, Object> recordModel = model.record(record);
                    return model.model(model.page("record", String.valueOf(recordModel.get("title")), recordPath,
                            record.file(), record.fields().path("date").asText(""),
                            record.fields().path("summary").asText(""), recordModel.get("fields"), content),
                            Map.of("record", recordModel));
                }));
            }
        }
        addCharts(jobs, model, charts);
        return jobs;
    }

    private static void addCharts(List<RenderJob> jobs, SiteModel model, Charts charts) {
        if (charts.specs().isEmpty()) {
            return;
        }
        jobs.add(new RenderJob("/charts/", "content/charts", "charts.ftlh", Optional.empty(),
                content -> model.model(model.page("charts", "Charts", "/charts/", "content/charts", "", "",
                        Map.of(), content), Map.of())));
        for (ChartSpec spec : charts.specs()) {
            Object figure = markup(charts.figure(spec.id()).orElseThrow());
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", spec.id());
            chart.put("title", spec.title());
            chart.put("caption", spec.caption());
            chart.put("figure", figure);
            chart.put("csvUrl", model.href(spec.path() + spec.id() + ".csv"));
            jobs.add(new RenderJob(spec.path(), spec.file(), "chart.ftlh", Optional.empty(), content -> {
                Map<String, Object> page = model.page("chart", spec.title(), spec.path(), spec.file(), "",
                        spec.caption(), Map.of(), figure);
                page.put("hasCharts", true);
                return model.model(page, Map.of("chart", chart));
            }));
        }
    }

    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recordTemplate(Collection collection, TemplateEngine templates) {
        if (!collection.config().template().isEmpty()) {
            return collection.config().template();
        }
        String own = collection.name() + ".ftlh";
        return templates.exists(own) ? own : "record.ftlh";
    }
}
