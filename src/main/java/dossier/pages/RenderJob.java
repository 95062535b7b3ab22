package dossier.pages;

import dossier.cite.LinkedData;
import dossier.content.Page;
import dossier.content.SitePaths;
import dossier.link.PageKind;
import dossier.render.RenderModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One output page to render.
 *
 * @param sitePath   where it is published ("/countries/china/")
 * @param source     the content file it comes from, for messages
 * @param markdown   the Markdown rendered into {@code page.content}, if any
 * @param model      builds the template model from the rendered Markdown (as Freemarker markup)
 * @param provenance what the page is made from, for its citation
 * @param version    set when the job renders a revision of the page at its version URL, not the page itself
 */
public record RenderJob(String sitePath, String source, String template, Optional<Page> markdown,
                 Function<Object, RenderModel> model, Provenance provenance, Optional<PageVersion> version) {

    RenderJob(String sitePath, String source, String template, Optional<Page> markdown,
              Function<Object, RenderModel> model, Provenance provenance) {
        this(sitePath, source, template, markdown, model, provenance, Optional.empty());
    }

    /** Where the job's output is published: the page's path, or its version's ("/aid/x/v/199b642b0628/"). */
    String outputPath() {
        return version.map(v -> dossier.cite.Citations.versionPath(sitePath, v.revision())).orElse(sitePath);
    }

    /** "countries/china/index.html"; a path that names a file ("/404.html") is written as it is. */
    String outputFile() {
        return SitePaths.outputFile(outputPath());
    }

    /** The same job, rendering a revision of the page at its version URL. */
    public RenderJob asVersion(PageVersion pageVersion) {
        return new RenderJob(sitePath, source, template, markdown, model, provenance, Optional.of(pageVersion));
    }

    /** The files of a page published at {@code sitePath}: its page and citation downloads. */
    public static List<String> files(String sitePath, boolean citationFiles) {
        List<String> files = new java.util.ArrayList<>(List.of(SitePaths.outputFile(sitePath)));
        files.addAll(citeFiles(sitePath, citationFiles));
        return files;
    }

    /** The citation downloads beside a page at {@code sitePath}, when the site writes them. */
    public static List<String> citeFiles(String sitePath, boolean citationFiles) {
        if (!citable(sitePath) || !citationFiles) {
            return List.of();
        }
        String folder = sitePath.substring(1);
        return List.of(folder + "cite.bib", folder + "cite.ris", folder + "cite.json");
    }

    /** The same job, with what its output depends on besides its inputs. */
    public RenderJob dependingOn(List<String> files, boolean all) {
        return new RenderJob(sitePath, source, template, markdown, model, provenance.dependingOn(files, all), version);
    }

    /**
     * Pages that are not content (the 404 page) and a chart's embed page (the chart's page is the one
     * to cite) get no citation downloads, no revisions and no search entry.
     */
    public boolean citable() {
        return citable(sitePath) && provenance.kind() != PageKind.CHART_EMBED;
    }

    /** The files a job writes: its page, and its citation downloads when it is citable. */
    public List<String> files(boolean citationFiles) {
        return citable() ? files(outputPath(), citationFiles) : List.of(outputFile());
    }

    private static boolean citable(String sitePath) {
        return !sitePath.endsWith(".html");
    }

    /**
     * @param inputs      the content files the page is made from, relative to the root
     * @param date        a date the content gives (front matter), for citations when git has none
     * @param dataset     what the data of a collection or chart page holds and its downloads, which make it a Dataset
     * @param basedOn     the pages of the works the page is made from (a record's sources, a chart's collection)
     * @param dependencies other content files the page shows something of (referenced records, backlinks)
     * @param dependsOnAll the page lists content from all over the site (home, timeline, charts)
     * @param work        the fields of a record that describes a published work, which its page cites
     */
    public record Provenance(PageKind kind, List<String> inputs, List<String> keywords, String date, String description,
                      Optional<LinkedData.Dataset> dataset, List<LinkedData.Work> basedOn, List<String> dependencies,
                      boolean dependsOnAll, Optional<CitedWork> work) {

        /** A record of a {@code cites: works} collection: its id and fields. */
        record CitedWork(String id, com.fasterxml.jackson.databind.JsonNode fields) {}

        public Provenance {
            inputs = List.copyOf(inputs);
            keywords = List.copyOf(keywords);
            basedOn = List.copyOf(basedOn);
            dependencies = List.copyOf(dependencies);
        }

        Provenance(PageKind kind, List<String> inputs, List<String> keywords, String date, String description) {
            this(kind, inputs, keywords, date, description, Optional.empty(), List.of(), List.of(), false,
                    Optional.empty());
        }

        /** The same, also depending on other files, or on all content. */
        public Provenance dependingOn(List<String> files, boolean all) {
            return new Provenance(kind, inputs, keywords, date, description, dataset, basedOn, files,
                    all || dependsOnAll, work);
        }

        /** The same, as a dataset or not, made from some works. */
        Provenance linkedTo(Optional<LinkedData.Dataset> data, List<LinkedData.Work> works) {
            return new Provenance(kind, inputs, keywords, date, description, data, works, dependencies, dependsOnAll,
                    work);
        }

        /** The same, citing a published work. */
        Provenance citing(Optional<CitedWork> cited) {
            return new Provenance(kind, inputs, keywords, date, description, dataset, basedOn, dependencies,
                    dependsOnAll, cited);
        }
    }
}
