package dossier.config;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.config.SiteConfig.Author;
import dossier.config.SiteConfig.NavItem;
import dossier.io.RealPaths;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks {@code content/dossier.yaml}. */
public final class ConfigLoader {
    public static final String CONFIG_FILE = "content/dossier.yaml";

    private final YamlReader yaml;
    private final dossier.schema.RecordSchema schema = BundledSchemas.config();
    /** The config read by earlier loads ({@code serve}), while its file stays as it was and had no errors. */
    private final dossier.io.FileMemo<Loaded> loaded = new dossier.io.FileMemo<>();

    /** What one reading of the file gave: the config, or the errors that kept it out, and the warnings. */
    private record Loaded(Optional<SiteConfig> config, List<Problem> errors, List<Problem> warnings) {}

    public ConfigLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The config, or empty with the reasons added to {@code problems}. */
    public Optional<SiteConfig> load(Path root, Problems problems) {
        Loaded read = loaded.get(root.resolve(CONFIG_FILE), file -> {
            Problems own = new Problems();
            Optional<SiteConfig> config = read(root, file, own);
            return new Loaded(config, own.sorted(), own.warnings());
        }, fresh -> fresh.errors().isEmpty());
        problems.addAll(read.errors());
        read.warnings().forEach(problems::warn);
        return read.config();
    }

    private Optional<SiteConfig> read(Path root, Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(CONFIG_FILE, "no site configuration found",
                    "create it with at least `title:` and `baseUrl:` (is --root the dossier's folder?)"));
            return Optional.empty();
        }
        Optional<Problem> outside = RealPaths.leavesFolder(root, file, root.resolve("content"));
        if (outside.isPresent()) {
            problems.add(outside.get());
            return Optional.empty();
        }
        Optional<YamlDocument> read = yaml.readFile(file, CONFIG_FILE, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument document = read.get();
        List<Problem> invalid = schema.check(document);
        if (!invalid.isEmpty()) {
            problems.addAll(invalid);
            return Optional.empty();
        }
        List<CollectionConfig> collections = collections(document, problems);
        JsonNode node = document.root();
        if (!urlsValid(document, problems) | !CitationStyleIds.allKnown(document, problems)) {
            return Optional.empty();
        }
        warnOfUnknownLicence(document, problems);
        return Optional.of(new SiteConfig(
                node.path("title").asText(),
                node.path("baseUrl").asText(),
                node.path("language").asText("en"),
                node.path("description").asText(""),
                authors(node.path("authors")),
                node.path("publisher").asText(""),
                node.path("license").asText(""),
                navigation(document),
                collections,
                node.path("search").asBoolean(false),
                node.path("citations").asBoolean(node.path("authors").size() > 0),
                CitationStyleIds.of(node.path("citationStyles"))));
    }

    /** A licence known neither by name nor as a URL still builds, but linked data can only name it. */
    private static void warnOfUnknownLicence(YamlDocument document, Problems problems) {
        String licence = document.root().path("license").asText("");
        if (!licence.isBlank() && Licences.url(licence).isEmpty()) {
            problems.warn(Problem.at(document.valueAt("/license"), "the licence \"" + licence
                    + "\" is not a known SPDX or Creative Commons name, so linked data names it without a link",
                    "give its URL (license: https://...) or its SPDX id (license: CC-BY-4.0)"));
        }
    }

    /** baseUrl and the navigation urls land in every page: each wrong one is an error at its value. */
    private static boolean urlsValid(YamlDocument document, Problems problems) {
        List<Problem> found = new ArrayList<>();
        ConfigUrls.baseUrlFault(document.root().path("baseUrl").asText())
                .ifPresent(fault -> found.add(fault.at(document.valueAt("/baseUrl"))));
        JsonNode navigation = document.root().path("navigation");
        for (int i = 0; i < navigation.size(); i++) {
            String pointer = "/navigation/" + i + "/url";
            ConfigUrls.navigationFault(navigation.get(i).path("url").asText())
                    .ifPresent(fault -> found.add(fault.at(document.valueAt(pointer))));
        }
        problems.addAll(found);
        return found.isEmpty();
    }

    private static List<CollectionConfig> collections(YamlDocument document, Problems problems) {
        List<CollectionConfig> collections = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> reserved = Set.of("assets", "data", "charts", "schemas");
        JsonNode list = document.root().path("collections");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String name = entry.path("name").asText();
            if (!names.add(name)) {
                problems.add(Problem.at(document.valueAt("/collections/" + i + "/name"),
                        "collection \"" + name + "\" is declared twice", "remove one of the two entries"));
            }
            if (reserved.contains(name)) {
                problems.add(Problem.at(document.valueAt("/collections/" + i + "/name"),
                        "\"" + name + "\" is reserved for the site's own folders", "choose another collection name"));
            }
            String permalink = entry.path("permalink").asText("/" + name + "/{id}/");
            // {id} is a segment of its own (the schema says so), as short as the record file name holding it.
            String declaredAt = "/collections/" + i + (entry.has("permalink") ? "/permalink" : "/name");
            SegmentLength.tooLong(permalink.replace("{id}", "")).ifPresent(segment -> problems.add(Problem.at(
                    document.valueAt(declaredAt),
                    "the permalink has a segment longer than " + SegmentLength.MAX_BYTES + " bytes (\""
                            + SegmentLength.shown(segment) + "\"), which no file system can store",
                    "shorten it")));
            collections.add(new CollectionConfig(
                    name,
                    entry.path("title").asText(capitalise(name)),
                    entry.path("description").asText(""),
                    permalink,
                    entry.path("template").asText(""),
                    entry.path("schema").asText("schemas/" + name + ".schema.json"),
                    entry.path("titleField").asText("title"),
                    entry.path("sortBy").asText(""),
                    document.valueAt("/collections/" + i),
                    entry.path("cites").asText("").equals("works"),
                    columns(document, "/collections/" + i + "/columns"),
                    document.valueAt("/collections/" + i + (entry.has("sortBy") ? "/sortBy" : ""))));
        }
        return collections;
    }

    /** The fields of a collection's {@code columns:}, each with its position for an unknown name. */
    private static List<CollectionConfig.Column> columns(YamlDocument document, String pointer) {
        List<CollectionConfig.Column> columns = new ArrayList<>();
        JsonNode list = document.root().at(pointer);
        for (int i = 0; i < list.size(); i++) {
            columns.add(new CollectionConfig.Column(list.get(i).asText(), document.valueAt(pointer + "/" + i)));
        }
        return columns;
    }

    private static List<Author> authors(JsonNode list) {
        List<Author> authors = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry.isTextual()) {
                authors.add(new Author(entry.asText(), "", ""));
            } else {
                authors.add(new Author(entry.path("name").asText(), entry.path("family").asText(""),
                        entry.path("given").asText(""), entry.path("url").asText("")));
            }
        }
        return authors;
    }

    private static List<NavItem> navigation(YamlDocument document) {
        List<NavItem> items = new ArrayList<>();
        JsonNode list = document.root().path("navigation");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            items.add(new NavItem(entry.path("title").asText(), entry.path("url").asText(),
                    document.valueAt("/navigation/" + i + "/url")));
        }
        return items;
    }

    private static String capitalise(String name) {
        String spaced = name.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
