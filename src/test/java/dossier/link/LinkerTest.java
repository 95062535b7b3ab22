package dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.config.CollectionConfig;
import dossier.config.SiteConfig;
import dossier.content.ChartSpec;
import dossier.content.Alias;
import dossier.content.Collection;
import dossier.content.Content;
import dossier.content.FrontMatter;
import dossier.content.Page;
import dossier.content.Record;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The link stage on small dossiers: what each path leads to, each reference and backlink, each error line. */
class LinkerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YamlReader YAML = new YamlReader();
    private static final String ITEMS_SCHEMA = """
            {"type": "object", "properties": {
              "title": {"type": "string"},
              "link": {"type": "string", "x-ref": "items"},
              "parts": {"type": "array", "items": {"type": "object", "properties": {"item": {"x-ref": "items"}}}}}}""";
    private static final String ITEMS_WITH_PLACES = ITEMS_SCHEMA.replace("\"title\": {\"type\": \"string\"},",
            "\"title\": {\"type\": \"string\"}, \"place\": {\"type\": \"string\", \"x-ref\": \"places\"},");
    private static final String PLACES_SCHEMA = """
            {"type": "object", "properties": {"name": {"type": "string"}}}""";

    private final List<Collection> collections = new ArrayList<>();
    private final List<CollectionConfig> configs = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<ChartSpec> charts = new ArrayList<>();
    private final List<SiteConfig.NavItem> navigation = new ArrayList<>();
    private final Problems problems = new Problems();

    private static YamlDocument yaml(String file, String text) {
        return ((YamlReader.Parsed) YAML.read(file, text, 0)).document();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A collection; each record is an id and its YAML text. */
    private LinkerTest collection(String name, String permalink, String schema, String... idsAndTexts) {
        CollectionConfig config = new CollectionConfig(name, name.toUpperCase(), "", permalink, "record.ftlh",
                "schemas/" + name + ".schema.json", "title", "title", new Position("content/dossier.yaml", 4, 5));
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            String file = "content/" + name + "/" + idsAndTexts[i] + ".yaml";
            records.add(new Record(name, idsAndTexts[i], file, yaml(file, idsAndTexts[i + 1])));
        }
        configs.add(config);
        collections.add(new Collection(config, schema == null ? null : new RecordSchema(json(schema)),
                "content/schemas/" + name + ".schema.json", records, Optional.empty()));
        return this;
    }

    private LinkerTest page(String file, String path, String title, String... aliases) {
        pages.add(new Page(file, path, new FrontMatter(title, "", "", 0, "",
                Arrays.stream(aliases).map(alias -> new Alias(alias, new Position(file, 3, 11))).toList(), json("{}")), "", 4));
        return this;
    }

    private LinkerTest chart(String id, String title) {
        String file = "content/charts/" + id + ".yaml";
        charts.add(new ChartSpec(id, file, yaml(file, "title: " + title + "\n")));
        return this;
    }

    private LinkerTest nav(String title, String url) {
        navigation.add(new SiteConfig.NavItem(title, url));
        return this;
    }

    private LinkedSite link() {
        SiteConfig config = new SiteConfig("A Dossier", "https://example.org/", "en", "", List.of(), "", "", navigation,
                configs, false, false);
        return new Linker().link(new Content(config, collections, pages, charts, List.of()), problems);
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void everythingAddressableHasOneTarget() {
        LinkedSite site = collection("items", "/items/{id}/", ITEMS_SCHEMA, "alpha", "title: Alpha\n", "beta", "x: 1\n")
                .chart("trade", "Trade by year")
                .page("content/index.md", "/", "Welcome")
                .page("content/analysis/limits.md", "/analysis/limits/", "Limits")
                .link();
        assertEquals(List.of(), errors());
        assertEquals(Map.of(
                "", new Target("", PageKind.HOME, "", "A Dossier", "/", "content/dossier.yaml"),
                "items", new Target("items", PageKind.COLLECTION, "items", "ITEMS", "/items/", "content/dossier.yaml"),
                "items/alpha", new Target("items/alpha", PageKind.RECORD, "items", "Alpha", "/items/alpha/", "content/items/alpha.yaml"),
                "items/beta", new Target("items/beta", PageKind.RECORD, "items", "beta", "/items/beta/", "content/items/beta.yaml"),
                "charts", new Target("charts", PageKind.CHARTS, "", "Charts", "/charts/", "content/charts"),
                "charts/trade", new Target("charts/trade", PageKind.CHART, "", "Trade by year", "/charts/trade/", "content/charts/trade.yaml"),
                "analysis/limits", new Target("analysis/limits", PageKind.PAGE, "", "Limits", "/analysis/limits/",
                        "content/analysis/limits.md"),
                // The folder of the page is a page of its own, which lists it.
                "analysis", new Target("analysis", PageKind.FOLDER, "", "Analysis", "/analysis/", "content/analysis/")),
                site.targets());
        assertEquals(Optional.of(site.targets().get("items/alpha")), site.target("items/alpha"));
        assertEquals(Optional.empty(), site.target("items/gamma"));
        assertEquals("/items/beta/", site.pathOf(site.collections().get(0).records().get(1)));
        assertEquals(2, site.pages().size());
        assertEquals("A Dossier", site.config().title());
    }

    @Test
    void withoutChartsThereIsNoChartsPage() {
        LinkedSite site = collection("items", "/items/{id}/", ITEMS_SCHEMA).link();
        assertEquals(java.util.Set.of("", "items"), site.targets().keySet());
    }

    @Test
    void referencesAndBacklinksAreFoundAndSorted() {
        LinkedSite site = collection("items", "/items/{id}/", ITEMS_SCHEMA,
                "alpha", "title: Alpha\n",
                "beta", "title: Beta\nparts:\n  - item: alpha\n  - item: gamma\n",
                "gamma", "title: Gamma\nparts:\n  - item: alpha\n  - item: beta\nlink: alpha\n")
                .link();
        assertEquals(List.of(), errors());
        Record alpha = site.collections().get(0).records().get(0);
        Record beta = site.collections().get(0).records().get(1);
        Record gamma = site.collections().get(0).records().get(2);
        assertEquals(List.of(), site.outgoing(alpha));
        assertEquals(List.of(
                new Reference("items/gamma", "/parts/0/item", "items/alpha", at("gamma", 3, 11)),
                new Reference("items/gamma", "/parts/1/item", "items/beta", at("gamma", 4, 11)),
                new Reference("items/gamma", "/link", "items/alpha", at("gamma", 5, 7))),
                site.outgoing(gamma), "in the order of the record");
        assertEquals(List.of(
                new Reference("items/beta", "/parts/0/item", "items/alpha", at("beta", 3, 11)),
                new Reference("items/gamma", "/link", "items/alpha", at("gamma", 5, 7)),
                new Reference("items/gamma", "/parts/0/item", "items/alpha", at("gamma", 3, 11))),
                site.incoming(alpha), "by the record that refers, then by field");
        assertEquals(List.of(new Reference("items/gamma", "/parts/1/item", "items/beta", at("gamma", 4, 11))),
                site.incoming(beta));
        assertEquals(List.of(new Reference("items/beta", "/parts/1/item", "items/gamma", at("beta", 4, 11))),
                site.incoming(gamma));
    }

    private static Position at(String id, int line, int column) {
        return new Position("content/items/" + id + ".yaml", line, column);
    }

    @Test
    void aReferenceToNothingSaysWhatToWrite() {
        collection("items", "/items/{id}/", ITEMS_WITH_PLACES,
                "alpha", "title: Alpha\n",
                "beta", "title: Beta\nlink: alpah\nparts:\n  - item: ''\n  - item: zzz-unknown\n  - item: alpha\n",
                "gamma", "place: items\n")
                .collection("places", "/places/{id}/", PLACES_SCHEMA)
                .link();
        assertEquals(List.of(
                "content/items/beta.yaml:2:7: \"alpah\" is not a record in \"items\"; did you mean \"alpha\"?",
                "content/items/beta.yaml:4:11: the reference is empty; write the id of a record in \"items\", "
                        + "for example \"alpha\"",
                "content/items/beta.yaml:5:11: \"zzz-unknown\" is not a record in \"items\"; create "
                        + "content/items/zzz-unknown.yaml or correct the id",
                "content/items/gamma.yaml:1:8: \"items\" is not a record in \"places\"; create "
                        + "content/places/items.yaml or correct the id"), errors());
    }

    @Test
    void anEmptyReferenceIntoAnEmptyCollectionSuggestsAnyId() {
        collection("items", "/items/{id}/", ITEMS_WITH_PLACES, "alpha", "place: ''\n")
                .collection("places", "/places/{id}/", PLACES_SCHEMA)
                .link();
        assertEquals(List.of("content/items/alpha.yaml:1:8: the reference is empty; write the id of a record in "
                + "\"places\", for example \"some-id\""), errors());
    }

    @Test
    void twoThingsOnOneUrlIsAnError() {
        collection("items", "/{id}/", ITEMS_SCHEMA, "about", "title: About\n", "charts", "title: Charts\n")
                .chart("trade", "Trade")
                .page("content/about.md", "/about/", "About us")
                .link();
        assertEquals(List.of(
                "content/about.md:1:1: the URL /about/ is also produced by content/items/about.yaml; rename one of "
                        + "them, or change the collection's permalink pattern",
                "content/charts:1:1: the URL /charts/ is also produced by content/items/charts.yaml; rename one of "
                        + "them, or change the collection's permalink pattern"), errors());
    }

    @Test
    void aliasesLeadToTheirPageOrRecordAndClaimTheirUrl() {
        LinkedSite site = collection("items", "/items/{id}/", ITEMS_SCHEMA,
                "alpha", "title: Alpha\naliases: [/old/alpha/, /about/]\n", "beta", "aliases: [/old/home/]\n")
                .page("content/index.md", "/", "Welcome", "/old/home/", "/start/")
                .page("content/about.md", "/about/", "About", "/who/", "/start/")
                .link();
        assertEquals(Map.of("/old/alpha/", "items/alpha", "/old/home/", "", "/start/", "", "/who/", "about"),
                site.aliases());
        assertEquals(List.of(
                "content/about.md:3:11: the alias /start/ is also published by content/index.md; an alias must be a "
                        + "URL that nothing else publishes",
                "content/items/alpha.yaml:2:24: the alias /about/ is also published by content/about.md; an alias "
                        + "must be a URL that nothing else publishes",
                "content/items/beta.yaml:1:11: the alias /old/home/ is also published by content/index.md; an alias "
                        + "must be a URL that nothing else publishes"), errors());
    }

    @Test
    void aSchemaThatRefersToAnUnknownCollectionIsAnError() {
        collection("items", "/items/{id}/", """
                {"type": "object", "properties": {
                  "place": {"x-ref": "place"},
                  "home": {"x-ref": "places"},
                  "any": {"oneOf": [{"type": "string"}, {"x-ref": "nowhere"}]},
                  "a/b": {"x-ref": "items"}}}""")
                .collection("places", "/places/{id}/", null)
                .link();
        assertEquals(List.of(
                "content/schemas/items.schema.json:1:1: \"x-ref\" at /properties/any/oneOf/1/x-ref names the unknown "
                        + "collection \"nowhere\"",
                "content/schemas/items.schema.json:1:1: \"x-ref\" at /properties/place/x-ref names the unknown "
                        + "collection \"place\"; did you mean \"places\"?"), errors());
    }

    @Test
    void aNavigationLinkMustNameSomething() {
        collection("items", "/items/{id}/", ITEMS_SCHEMA, "alpha", "title: Alpha\n")
                .page("content/about.md", "/about/", "About")
                .nav("Home", "ref:")
                .nav("Items", "ref:items")
                .nav("Alpha", "ref:items/alpha/")
                .nav("About", "ref:about")
                .nav("Team", "ref:about#team")
                .nav("Elsewhere", "https://example.org/nothing/")
                .nav("Broken", "ref:items/omega")
                .nav("Broken, at a heading", "ref:items/omega/#history")
                .link();
        assertEquals(List.of("content/dossier.yaml:1:1: the navigation link \"ref:items/omega\" names nothing; write "
                + "ref:<collection>/<id>, ref:<collection> or ref:<page path>",
                "content/dossier.yaml:1:1: the navigation link \"ref:items/omega/#history\" names nothing; write "
                + "ref:<collection>/<id>, ref:<collection> or ref:<page path>"), errors());
    }

    @Test
    void referencesAreFoundThroughLocalRefsCombinatorsAndArrays() {
        String schema = """
                {"$defs": {"place": {"x-ref": "places"}, "loop": {"$ref": "#/$defs/loop"}},
                 "type": "object", "properties": {
                  "home": {"$ref": "#/$defs/place"},
                  "choice": {"anyOf": [{"type": "integer"}, {"$ref": "#/$defs/place"}]},
                  "both": {"allOf": [{"$ref": "#/$defs/place"}]},
                  "one": {"oneOf": [{"x-ref": "places"}]},
                  "nested": {"type": "object", "properties": {"deeper": {"type": "array", "items": {"x-ref": "places"}}}},
                  "looping": {"$ref": "#/$defs/loop"},
                  "plain": {"type": "array"},
                  "a/b": {"x-ref": "places"}}}""";
        LinkedSite site = collection("items", "/items/{id}/", schema, "alpha", """
                home: aktau
                choice: 7
                both: almaty
                one: bishkek
                nested: {deeper: [dushanbe, aktau]}
                looping: x
                plain: [a, b]
                unknown: aktau
                a/b: almaty
                """)
                .collection("places", "/places/{id}/", PLACES_SCHEMA, "aktau", "name: Aktau\n", "almaty", "name: Almaty\n",
                        "bishkek", "name: Bishkek\n", "dushanbe", "name: Dushanbe\n")
                .link();
        assertEquals(List.of(), errors());
        Record alpha = site.collections().get(0).records().get(0);
        assertEquals(List.of("/home -> places/aktau", "/both -> places/almaty", "/one -> places/bishkek",
                "/nested/deeper/0 -> places/dushanbe", "/nested/deeper/1 -> places/aktau", "/a~1b -> places/almaty"),
                site.outgoing(alpha).stream().map(r -> r.pointer() + " -> " + r.to()).toList());
        assertEquals(List.of("home", "both", "one", "nested", "nested", "a/b"),
                site.outgoing(alpha).stream().map(Reference::field).toList());
        assertTrue(site.outgoing(alpha).stream().allMatch(r -> r.fromCollection().equals("items")
                && r.toCollection().equals("places")));
        Map<String, String> targets = new java.util.TreeMap<>();
        ReferenceFinder.collectTargets(json(schema), "", targets);
        assertEquals("{/$defs/place/x-ref=places, /properties/a~1b/x-ref=places, /properties/nested/properties/deeper/"
                + "items/x-ref=places, /properties/one/oneOf/0/x-ref=places}", targets.toString());
    }

    @Test
    void theSameReferenceReachedTwiceCountsOnce() {
        LinkedSite site = collection("items", "/items/{id}/", """
                {"properties": {"link": {"x-ref": "items", "allOf": [{"x-ref": "items"}]},
                                "other": {"anyOf": [{"x-ref": "items"}, {"x-ref": "items"}]}}}""",
                "alpha", "link: beta\nother: beta\n", "beta", "title: Beta\n")
                .link();
        assertEquals(List.of(), errors());
        assertEquals(List.of("/link", "/other"), site.incoming(site.collections().get(0).records().get(1)).stream()
                .map(Reference::pointer).collect(Collectors.toList()));
    }
}
