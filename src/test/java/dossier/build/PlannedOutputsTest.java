package dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.publish.Assets;
import dossier.publish.SiteOutput;
import dossier.schema.BundledSchemas;
import dossier.content.Content;
import dossier.content.ContentLoader;
import dossier.content.PageReader;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output of a build is claimed before anything is written: a content file landing on a
 * generated file, a download, an asset or another page is an error at the content file that names
 * what has the path, and a generated file the configuration switches off leaves its path free.
 */
class PlannedOutputsTest {
    private static final YamlReader YAML = new YamlReader();
    private static final String SCHEMA = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            + " \"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"},"
            + " \"kind\": {\"type\": \"string\"}, \"count\": {\"type\": \"integer\"}, \"aliases\": {\"type\": \"array\"}}}";
    private static final String CHART = "title: By kind\ncaption: Counted.\ntype: bar\ncollection: items\nx: kind\nvalue: count\n";

    @TempDir
    Path root;

    /** The problems of claiming the outputs of a dossier with these files (and an items collection). */
    private List<String> claim(String config, Map<String, String> files) throws IOException {
        write("content/dossier.yaml", "title: T\nbaseUrl: https://example.org/\ncollections:\n  - name: items\n" + config);
        write("content/schemas/items.schema.json", SCHEMA);
        write("content/items/a.yaml", "title: A\nkind: x\ncount: 2\n");
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(file.getKey(), file.getValue());
        }
        Problems problems = new Problems();
        SiteConfig siteConfig = new ConfigLoader(YAML).load(root, problems).orElseThrow();
        Content content = new ContentLoader(YAML, new PageReader(YAML, BundledSchemas.frontMatter()),
                BundledSchemas.chart()).load(root, siteConfig, problems);
        LinkedSite site = new Linker().link(content, problems);
        PlannedOutputs.claim(root, site, Assets.templateAssets(root, problems), SiteOutput.all(), problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static String clash(String file, String path, String owner) {
        return "content/" + file + ":1:1: the file content/" + file + " would be published as /" + path + ", where "
                + owner + " is published too; ";
    }

    private static final String GENERATED = "rename or move it: the build writes that path itself";
    private static final String CONTENT = "rename or move one of the two: each published path has one source";

    @Test
    void aDossierWithoutClashesClaimsWithoutErrors() throws IOException {
        assertEquals(List.of(), claim("search: true\ncitations: true\n", Map.of(
                "content/about.md", "---\ntitle: About\naliases: [/old/]\n---\nText",
                "content/items/b.yaml", "title: B\naliases: [/b-old/]\n",
                "content/charts/by-kind.yaml", CHART,
                "content/files/report.pdf", "pdf",
                "templates/assets/dossier.js", "// the dossier's own script")));
    }

    @Test
    void staticFilesOnGeneratedFilesAreErrorsAtTheStaticFile() throws IOException {
        assertEquals(List.of(
                clash("404.html", "404.html", "the build's page-not-found page") + GENERATED,
                clash("_redirects", "_redirects", "the build's redirect list") + GENERATED,
                clash("assets/dossier.js", "assets/dossier.js", "the built-in asset assets/dossier.js") + GENERATED,
                clash("assets/lunr.min.js", "assets/lunr.min.js", "the built-in asset assets/lunr.min.js") + GENERATED,
                clash("assets/site.css", "assets/site.css", "the asset templates/assets/site.css") + CONTENT,
                clash("data/items.json", "data/items.json", "a data download of the collection \"items\"") + GENERATED,
                clash("robots.txt", "robots.txt", "the build's own robots.txt") + GENERATED,
                clash("search-index.json", "search-index.json", "the build's search index") + GENERATED),
                claim("search: true\n", Map.of(
                        "content/about.md", "---\ntitle: About\naliases: [/old/]\n---\nText",
                        "content/404.html", "x", "content/_redirects", "x", "content/assets/dossier.js", "x",
                        "content/assets/lunr.min.js", "x", "content/assets/site.css", "x",
                        "templates/assets/site.css", "x", "content/data/items.json", "x", "content/robots.txt", "x",
                        "content/search-index.json", "x")));
    }

    @Test
    void filesTheConfigurationSwitchesOffLeaveTheirPathsFree() throws IOException {
        assertEquals(List.of(), claim("search: false\n", Map.of(
                "content/_redirects", "x", "content/search-index.json", "x", "content/assets/lunr.min.js", "x",
                "content/about/cite.bib", "x")));
    }

    @Test
    void staticFilesOnPagesAreErrorsNamingThePage() throws IOException {
        assertEquals(List.of(
                clash("about/cite.bib", "about/cite.bib", "the citation downloads of the page content/about.md") + CONTENT,
                clash("about/index.html", "about/index.html", "the page content/about.md") + CONTENT,
                clash("charts/by-kind/by-kind.csv", "charts/by-kind/by-kind.csv",
                        "the data of the chart content/charts/by-kind.yaml") + CONTENT,
                clash("charts/by-kind/index.html", "charts/by-kind/index.html",
                        "the page of the chart content/charts/by-kind.yaml") + CONTENT,
                clash("charts/index.html", "charts/index.html", "the page that lists the charts") + CONTENT,
                clash("files/a/index.html", "files/a/index.html", "the record content/items/a.yaml") + CONTENT,
                clash("index.html", "index.html", "the home page") + CONTENT),
                claim("    permalink: /files/{id}/\ncitations: true\n", Map.of(
                        "content/about.md", "---\ntitle: About\n---\nText",
                        "content/charts/by-kind.yaml", CHART,
                        "content/about/cite.bib", "x", "content/about/index.html", "x",
                        "content/charts/by-kind/by-kind.csv", "x", "content/charts/by-kind/index.html", "x",
                        "content/charts/index.html", "x", "content/index.html", "x",
                        "content/files/a/index.html", "x")));
    }

    @Test
    void anAliasOnAStaticFileIsAnErrorAtTheStaticFile() throws IOException {
        assertEquals(List.of(
                "content/about.md:3:18: the alias /old/ is also published by content/about.md; an alias must be a URL"
                        + " that nothing else publishes",
                clash("b-old/index.html", "b-old/index.html", "the alias /b-old/ of content/items/b.yaml") + CONTENT,
                clash("old/index.html", "old/index.html", "the alias /old/ of content/about.md") + CONTENT, // once
                clash("start/index.html", "start/index.html", "the alias /start/ of content/index.md") + CONTENT),
                claim("", Map.of(
                        "content/index.md", "---\ntitle: Home\naliases: [/start/]\n---\nText",
                        "content/about.md", "---\ntitle: About\naliases: [/old/, /old/]\n---\nText",
                        "content/items/b.yaml", "title: B\naliases: [/b-old/]\n",
                        "content/b-old/index.html", "x", "content/old/index.html", "x", "content/start/index.html", "x")));
    }

    @Test
    void aCollectionPageOnAnAssetIsAnErrorAtTheCollection() throws IOException {
        assertEquals(List.of("content/dossier.yaml:1:1: the page of the collection \"assets\" would be published as"
                + " /assets/index.html, where the asset templates/assets/index.html is published too; " + CONTENT,
                "content/dossier.yaml:5:11: \"assets\" is reserved for the site's own folders; choose another"
                        + " collection name"),
                claim("  - name: assets\n", Map.of("content/schemas/assets.schema.json", SCHEMA,
                        "content/assets/x.yaml", "title: X\n", "templates/assets/index.html", "x")));
    }
}
