package dossier.site;

import dossier.check.LinkChecker;
import dossier.check.LinkExtractor;
import dossier.check.PageLinks;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.content.Content;
import dossier.content.ContentLoader;
import dossier.content.Page;
import dossier.content.PageReader;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.render.SiteModel;
import dossier.render.TemplateEngine;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlReader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;

/**
 * Runs the pipeline: config, load, link, render, write, check. Content problems from every stage
 * are collected and returned together; the output folder is replaced only when there are none.
 */
public final class SiteBuilder {
    private final YamlReader yaml = new YamlReader();

    public BuildResult build(Path root, Path out) {
        long start = System.nanoTime();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Problems problems = new Problems();
        Optional<SiteConfig> config = new ConfigLoader(yaml).load(absoluteRoot, problems);
        if (config.isEmpty()) {
            return result(problems, 0, 0, start);
        }
        ContentLoader loader = new ContentLoader(yaml, new PageReader(yaml, BundledSchemas.frontMatter()),
                BundledSchemas.chart());
        Content content = loader.load(absoluteRoot, config.get(), problems);
        LinkedSite site = new Linker().link(content, problems);
        Function<String, Optional<String>> refs = name -> site.target(name)
                .map(target -> config.get().href(target.path()));
        if (!problems.isEmpty()) {
            MarkdownRenderer markdown = new MarkdownRenderer(refs, id -> content.charts().stream()
                    .filter(chart -> chart.id().equals(id)).findFirst().map(chart -> ""));
            // Stop before writing, but still report the link problems of every page at once.
            site.pages().parallelStream().forEach(page -> problems.addAll(render(markdown, page).problems()));
            return result(problems, 0, 0, start);
        }
        Charts charts = Charts.of(site);
        MarkdownRenderer markdown = new MarkdownRenderer(refs, charts::figure);
        TemplateEngine templates = new TemplateEngine(absoluteRoot.resolve("templates"), config.get().language());
        SiteModel model = new SiteModel(site);
        List<RenderJob> jobs = RenderJobs.of(site, model, templates, charts);
        OutputFolder output = OutputFolder.begin(out.toAbsolutePath().normalize());
        List<PageLinks> links = jobs.parallelStream()
                .map(job -> renderPage(job, markdown, templates, output, problems))
                .filter(Objects::nonNull)
                .toList();
        Assets.copy(absoluteRoot, content.staticFiles(), output, problems);
        new DataExports().write(site, output);
        charts.writeCsv(site, output);
        String shownOut = Problem.display(absoluteRoot, out.toAbsolutePath().normalize());
        if (problems.isEmpty()) {
            // Only on an otherwise clean build: a page that failed to render would break links to it.
            problems.addAll(new LinkChecker(config.get().basePath(), config.get().baseUrl(), shownOut)
                    .check(links, output.files()));
        }
        if (!problems.isEmpty()) {
            output.abandon();
            return result(problems, 0, 0, start);
        }
        int files = output.files().size();
        output.commit();
        return result(problems, jobs.size(), files, start);
    }

    private static RenderedMarkdown render(MarkdownRenderer markdown, Page page) {
        return markdown.render(page.file(), page.body(), page.bodyLine());
    }

    private static PageLinks renderPage(RenderJob job, MarkdownRenderer markdown, TemplateEngine templates,
                                        OutputFolder output, Problems problems) {
        String html = "";
        Map<String, Position> linkPositions = Map.of();
        if (job.markdown().isPresent()) {
            RenderedMarkdown rendered = render(markdown, job.markdown().get());
            problems.addAll(rendered.problems());
            html = rendered.html();
            linkPositions = rendered.linkPositions();
        }
        Object content;
        try {
            content = HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> model = job.model().apply(content);
        if (model.get("page") instanceof Map<?, ?> page) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pageModel = (Map<String, Object>) page;
            pageModel.putIfAbsent("hasCharts", html.contains("<figure class=\"chart\""));
        }
        StringWriter writer = new StringWriter();
        Optional<Problem> failed = templates.render(job.template(), model, writer);
        if (failed.isPresent()) {
            problems.add(failed.get());
            return null;
        }
        String page = writer.toString();
        if (!output.write(job.outputFile(), page.getBytes(StandardCharsets.UTF_8))) {
            problems.add(Problem.inFile(job.source(), "two pages are published at " + job.sitePath(),
                    "give one of them another name"));
        }
        return LinkExtractor.extract(job.outputFile(), job.source(), page, linkPositions);
    }

    private static BuildResult result(Problems problems, int pages, int files, long start) {
        return new BuildResult(problems.sorted(), pages, files, (System.nanoTime() - start) / 1_000_000);
    }
}
