package dossier.render;

import dossier.config.SiteConfig;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.content.TableColumns;
import dossier.format.ValueOrder;
import dossier.link.LinkedSite;
import dossier.link.PageFolders;
import dossier.link.PageKind;
import dossier.link.RefTarget;
import dossier.link.Reference;
import dossier.link.Target;
import dossier.schema.SchemaField;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the data model templates see (documented in the README): {@code site}, {@code page},
 * {@code record}, {@code collection} and the {@code ref} function. Everything shared between
 * pages is built once and is read-only, so render threads can share it.
 */
public final class SiteModel {
    private final LinkedSite site;
    private final SiteConfig config;
    private final Map<String, Map<String, Object>> summaries = new HashMap<>();
    private final Map<String, Object> siteMap;
    private final TemplateMethodModelEx refFunction;
    /** Each record's neighbours in its collection's order: [previous, next], either may be null. */
    private final Map<String, String[]> sequence = new HashMap<>();
    private final RelatedRecords related;
    private final Optional<SiteModel> fallback;
    /** Each collection's top-level schema properties, as templates see them: {name, title, type, ref, filter}. */
    private final Map<String, List<Object>> schemaFields = new HashMap<>();
    /** Each collection's records in its order, by collection name: sorted when first asked. */
    private final Map<String, List<Record>> sortedRecords = new java.util.concurrent.ConcurrentHashMap<>();
    private final FolderModel folders;

    public SiteModel(LinkedSite site) {
        this(site, Optional.empty());
    }

    /**
     * @param fallback the current site's model, for a past state of the content rendered with today's
     *                 templates: a page the templates name that this state lacks ({@code ref("search")}
     *                 in the header) is linked where it is now
     */
    public SiteModel(LinkedSite site, Optional<SiteModel> fallback) {
        this.fallback = fallback;
        this.site = site;
        this.config = site.config();
        for (Collection collection : site.collections()) {
            for (Record record : collection.records()) {
                summaries.put(record.key(), summary(record));
            }
        }
        for (Collection collection : site.collections()) {
            List<Record> ordered = sortedRecords(collection);
            for (int i = 0; i < ordered.size(); i++) {
                sequence.put(ordered.get(i).key(), new String[] {
                        i > 0 ? ordered.get(i - 1).key() : null,
                        i < ordered.size() - 1 ? ordered.get(i + 1).key() : null});
            }
        }
        for (Collection collection : site.collections()) {
            schemaFields.put(collection.name(), fieldsOf(collection).stream().map(SiteModel::fieldMap).toList());
        }
        this.related = new RelatedRecords(site);
        this.folders = new FolderModel(site);
        this.siteMap = buildSite();
        this.refFunction = arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("ref takes one argument, \"collection/id\" or a page path");
            }
            String key = String.valueOf(arguments.get(0));
            return target(key).orElseThrow(() -> new TemplateModelException("ref(\"" + key + "\") names nothing"));
        };
    }

    public String href(String sitePath) {
        return config.href(sitePath);
    }

    public String permalink(String sitePath) {
        return config.absolute(sitePath);
    }

    /** The model of a page; {@code extra} adds "record" or "collection". */
    public RenderModel model(PageModel page, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("site", siteMap);
        model.put("page", page.entries());
        model.put("ref", refFunction);
        model.put("fmt", TemplateFunctions.FIGURES);
        model.put("passageUrl", TemplateFunctions.PASSAGE_URL);
        return new RenderModel(page, model);
    }

    public PageModel page(PageKind kind, String title, String sitePath, String source, String date,
                                    String summary, Object params, Object content) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", kind.key());
        page.put("title", title);
        page.put("date", date);
        page.put("summary", summary);
        page.put("params", params);
        page.put("content", content);
        page.put("path", sitePath);
        page.put("url", href(sitePath));
        page.put("permalink", config.absolute(sitePath));
        page.put("source", source);
        // Only serve renders drafts; it marks them by this, and a page made of no file is none.
        page.put("draft", false);
        return new PageModel(kind, title, sitePath, page);
    }

    public PageModel narrativePage(Page page, Object content) {
        PageModel model = page(page.isHome() ? PageKind.HOME : PageKind.PAGE, page.front().title(), page.path(),
                page.file(), page.front().date(), page.front().summary(), JsonValues.toJava(page.front().params()),
                content);
        model.put("draft", page.isDraft());
        if (!page.isHome()) {
            folders.addTo(model.entries(), page.path());
        }
        return model;
    }

    /** The folders of pages of the site, found once for its model and its list of pages to render. */
    public PageFolders folders() {
        return folders.folders();
    }

    /** The page the build makes for a folder of pages that has no page of its own: the folder's list. */
    public PageModel folderPage(String path, String source, Object content) {
        PageFolders.Folder folder = folders.at(path).orElseThrow();
        PageModel model = page(PageKind.FOLDER, folder.title(), path, source, "", "", Map.of(), content);
        folders.addTo(model.entries(), path);
        return model;
    }

    /** A record with its resolved references and backlinks, for its own page. */
    public Map<String, Object> record(Record record) {
        Map<String, Object> model = new LinkedHashMap<>(summaries.get(record.key()));
        Map<String, List<Object>> refs = new LinkedHashMap<>();
        Map<String, Object> links = new LinkedHashMap<>();
        for (Reference reference : site.outgoing(record)) {
            Map<String, Object> linked = summaries.get(reference.to());
            if (linked != null) {
                refs.computeIfAbsent(reference.field(), k -> new ArrayList<>()).add(linked);
                links.put(reference.pointer(), linked);
            }
        }
        Map<String, List<Object>> backlinks = new LinkedHashMap<>();
        for (Collection collection : site.collections()) {
            List<Object> from = site.incoming(record).stream()
                    .filter(reference -> reference.fromCollection().equals(collection.name()))
                    .map(Reference::from).distinct()
                    .map(summaries::get)
                    .sorted(Comparator.comparing(summary -> String.valueOf(summary.get("title"))))
                    .map(Object.class::cast)
                    .toList();
            if (!from.isEmpty()) {
                backlinks.put(collection.name(), from);
            }
        }
        String[] around = sequence.get(record.key());
        model.put("previous", around[0] == null ? null : summaries.get(around[0]));
        model.put("next", around[1] == null ? null : summaries.get(around[1]));
        model.put("related", related.of(record).stream().map(key -> (Object) summaries.get(key)).toList());
        model.put("refs", Collections.unmodifiableMap(refs));
        model.put("links", Collections.unmodifiableMap(links));
        model.put("backlinks", Collections.unmodifiableMap(backlinks));
        List<Object> properties = schemaFields.getOrDefault(record.collection(), List.of());
        model.put("properties", properties);
        Map<String, Object> labels = new LinkedHashMap<>();
        properties.forEach(field -> labels.put(String.valueOf(((Map<?, ?>) field).get("name")),
                ((Map<?, ?>) field).get("title")));
        model.put("labels", Collections.unmodifiableMap(labels));
        return model;
    }

    public Map<String, Object> collection(Collection collection, Object intro) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", collection.name());
        model.put("title", collection.config().title());
        model.put("description", collection.config().description());
        model.put("path", collection.config().url());
        model.put("url", href(collection.config().url()));
        model.put("intro", intro);
        model.put("titleField", collection.config().titleField());
        model.put("fields", schemaFields.get(collection.name()));
        model.put("columns", TableColumns.of(collection.config(), fieldsOf(collection)).stream()
                .map(SiteModel::fieldMap).toList());
        model.put("records", sortedRecords(collection).stream().map(r -> (Object) summaries.get(r.key())).toList());
        return model;
    }

    /** A collection's records in its order, sorted once for the model of a build. */
    public List<Record> sortedRecords(Collection collection) {
        return sortedRecords.computeIfAbsent(collection.name(), name -> sorted(collection));
    }

    private static List<Record> sorted(Collection collection) {
        String sortBy = collection.config().sortBy();
        String titleField = collection.config().titleField();
        Comparator<Record> byTitle = Comparator.comparing((Record r) -> r.title(titleField)).thenComparing(Record::id);
        if (sortBy.isEmpty()) {
            return collection.records().stream().sorted(byTitle).toList();
        }
        Map<Record, ValueOrder.Place> places = new java.util.IdentityHashMap<>();
        collection.records().forEach(record -> places.put(record, ValueOrder.place(record.fields().path(sortBy))));
        return collection.records().stream()
                .sorted(Comparator.comparing((Record r) -> places.get(r)).thenComparing(byTitle))
                .toList();
    }

    private static List<SchemaField> fieldsOf(Collection collection) {
        return collection.schema() == null ? List.of() : SchemaField.of(collection.schema().source());
    }

    private static Object fieldMap(SchemaField field) {
        return Map.of("name", field.name(), "title", field.title(), "type", field.type(), "ref", field.ref(),
                "filter", field.filter());
    }

    private Optional<Object> target(String key) {
        Map<String, Object> summary = summaries.get(key);
        if (summary != null) {
            return Optional.of(summary);
        }
        Optional<Object> here = site.target(key).map(this::targetMap);
        return here.isPresent() ? here : fallback.flatMap(model -> model.target(key));
    }

    private Map<String, Object> summary(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        Target target = site.target(record.key()).orElseThrow();
        map.put("id", record.id());
        map.put("collection", record.collection());
        map.put("title", target.title());
        map.put("path", target.path());
        map.put("url", href(target.path()));
        map.put("permalink", config.absolute(target.path()));
        map.put("source", record.file());
        map.put("fields", JsonValues.toJava(record.fields()));
        return Collections.unmodifiableMap(map);
    }

    private Map<String, Object> targetMap(Target target) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", target.kind().key());
        map.put("title", target.title());
        map.put("path", target.path());
        map.put("url", href(target.path()));
        return map;
    }

    private Map<String, Object> buildSite() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", config.title());
        map.put("baseUrl", config.baseUrl());
        map.put("basePath", config.basePath());
        map.put("homeUrl", href("/"));
        map.put("language", config.language());
        map.put("description", config.description());
        map.put("authors", config.authors().stream().map(a -> (Object) Map.of("name", a.name(), "family", a.family(),
                "given", a.given())).toList());
        map.put("publisher", config.publisher());
        map.put("license", config.license());
        map.put("search", config.search());
        map.put("navigation", config.navigation().stream().map(item -> (Object) Map.of("title", item.title(),
                "url", navHref(item.url()))).toList());
        map.put("collections", site.collections().stream().map(c -> (Object) Map.of(
                "name", c.name(), "title", c.config().title(), "description", c.config().description(),
                "path", c.config().url(), "url", href(c.config().url()), "count", c.records().size(),
                "titleField", c.config().titleField(), "fields", schemaFields.get(c.name()))).toList());
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>();
        for (Collection collection : site.collections()) {
            List<Object> records = sortedRecords(collection).stream().map(r -> (Object) summaries.get(r.key())).toList();
            data.put(collection.name(), records);
            all.addAll(records);
        }
        map.put("data", Collections.unmodifiableMap(data));
        map.put("charts", site.content().charts().stream().map(chart -> (Object) Map.of("id", chart.id(),
                "title", chart.title(), "caption", chart.caption(), "path", chart.path(),
                "url", href(chart.path()))).toList());
        map.put("records", Collections.unmodifiableList(all));
        map.put("pages", site.pages().stream()
                .filter(p -> !p.isHome())
                .sorted(Comparator.comparingInt((Page p) -> p.front().weight()).thenComparing(p -> p.front().title())
                        .thenComparing(Page::path))
                .map(p -> (Object) Map.of("title", p.front().title(), "path", p.path(), "url", href(p.path()),
                        "date", p.front().date(), "summary", p.front().summary(), "weight", p.front().weight()))
                .toList());
        return Collections.unmodifiableMap(map);
    }

    private String navHref(String url) {
        return RefTarget.parse(url)
                .map(ref -> site.target(ref.name()).map(t -> ref.at(href(t.path()))).orElse(href("/")))
                .orElseGet(() -> href(url));
    }
}
