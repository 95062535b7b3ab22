package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.config.CollectionConfig;
import dossier.config.SiteConfig;
import dossier.io.FileMemo;
import dossier.io.PublishableFiles;
import dossier.io.SourceText;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The load stage: reads every file under {@code content/}, checks records against their schemas
 * and pages' front matter, and reports every problem it meets rather than stopping at the first.
 */
public final class ContentLoader {
    /** Record ids become URL segments and file names: lowercase letters, digits and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ALIAS = Pattern.compile("/([^/\\s?#]+/)*");
    private static final Pattern PAGE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final YamlReader yaml;
    private final PageReader pages;
    private final SchemaLoader schemas = new SchemaLoader();
    private final ChartReader charts;
    /** Whether this loader keeps what it read for later loads ({@code serve}), while the files stay as they were. */
    private final boolean remember;
    /** The pages read by earlier loads of this loader, while their files stay as they were. */
    private final FileMemo<Read<Page>> pagesRead;

    /**
     * The records read by earlier loads, by collection, while the collection's schema is the one they
     * were checked against (a schema whose text changes is compiled again, and its records are read again).
     */
    private final Map<String, Map.Entry<RecordSchema, FileMemo<Read<Record>>>> recordsRead =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A file read: what it holds, or the problems that kept it out, and the SHA-256 of its bytes
     * when it could be read.
     */
    private record Read<T>(Optional<T> value, List<Problem> problems, List<Problem> warnings, Optional<String> sha256) {}

    /**
     * What {@code parser} makes of a file's text, made again only when the file changed or had
     * problems. The hash of the bytes parsed goes into {@code digests}: the build fingerprints the file
     * by it rather than by a second read, which would also see an edit saved since.
     */
    private static <T> Optional<T> remembered(FileMemo<Read<T>> memo, Path file, String shown, Problems problems,
                                              Map<String, String> digests,
                                              java.util.function.BiFunction<String, Problems, Optional<T>> parser) {
        Read<T> read = memo.get(file, changed -> {
            SourceText.Result result = SourceText.read(changed, shown);
            if (result instanceof SourceText.Unreadable unreadable) {
                return new Read<>(Optional.empty(), List.of(unreadable.problem()), List.of(), Optional.empty());
            }
            SourceText.Text text = (SourceText.Text) result;
            Problems own = new Problems();
            Optional<T> value = parser.apply(text.text(), own);
            return new Read<>(value, own.sorted(), own.warnings(), Optional.of(text.sha256()));
        }, fresh -> fresh.problems().isEmpty());
        problems.addAll(read.problems());
        // Said on every load, from the memo too: serve shows a warning as long as its cause stays.
        read.warnings().forEach(problems::warn);
        read.sha256().ifPresent(hash -> digests.put(shown, hash));
        return read.value();
    }

    /** A loader that keeps what it read for later loads while the files stay as they were. */
    public ContentLoader(YamlReader yaml, PageReader pages, RecordSchema chartSchema) {
        this(yaml, pages, chartSchema, true);
    }

    /** @param remember keep what was read for later loads ({@code serve}); a one-off build keeps nothing */
    public ContentLoader(YamlReader yaml, PageReader pages, RecordSchema chartSchema, boolean remember) {
        this.yaml = yaml;
        this.pages = pages;
        this.charts = new ChartReader(yaml, chartSchema);
        this.remember = remember;
        this.pagesRead = new FileMemo<>(remember);
    }

    public Content load(Path root, SiteConfig config, Problems problems) {
        Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
        // Filled by the threads that read the pages, too.
        Map<String, String> unreadable = new java.util.concurrent.ConcurrentHashMap<>();
        Path contentDir = root.resolve("content");
        List<Path> files = PublishableFiles.under(root, contentDir, problems);
        Map<String, List<Path>> byCollection = new HashMap<>();
        List<Path> markdown = new ArrayList<>();
        List<Path> chartFiles = new ArrayList<>();
        List<String> staticFiles = new ArrayList<>();
        for (Path file : files) {
            Path relative = contentDir.relativize(file);
            String shown = "content/" + relative.toString().replace('\\', '/');
            String first = relative.getName(0).toString();
            String name = relative.getFileName().toString();
            boolean inCollection = relative.getNameCount() > 1 && config.collection(first).isPresent();
            if (relative.toString().equals("dossier.yaml") || relative.toString().equals("published-urls.txt")
                    || first.equals("schemas")) {
                continue;
            }
            if (first.equals("charts") && relative.getNameCount() == 2 && isYaml(name)) {
                chartFiles.add(file);
            } else if (inCollection && relative.getNameCount() == 2 && isYaml(name)) {
                byCollection.computeIfAbsent(first, k -> new ArrayList<>()).add(file);
            } else if (inCollection && name.equals("_index.md") && relative.getNameCount() == 2) {
                continue;
            } else if (inCollection) {
                problems.add(Problem.inFile(shown, "unexpected file in the \"" + first + "\" collection",
                        "a collection folder holds only <id>.yaml records and an optional _index.md"));
            } else if (isYaml(name)) {
                problems.add(Problem.inFile(shown, "this YAML file belongs to no collection",
                        "declare a collection named \"" + first + "\" in content/dossier.yaml, or move the file"));
            } else if (name.endsWith(".md")) {
                markdown.add(file);
            } else {
                staticFiles.add(relative.toString().replace('\\', '/'));
            }
        }
        List<Collection> collections = new ArrayList<>();
        for (CollectionConfig collection : config.collections()) {
            Optional<RecordSchema> schema = schemas.load(root, collection, problems);
            schema.ifPresent(loaded -> {
                List<dossier.schema.SchemaField> fields = dossier.schema.SchemaField.of(loaded.source());
                problems.addAll(TableColumns.unknown(collection, fields));
                SortByField.unknown(collection, fields).ifPresent(problems::add);
            });
            List<Path> recordFiles = byCollection.getOrDefault(collection.name(), List.of());
            List<Record> records = schema.map(checked -> {
                FileMemo<Read<Record>> memo = recordsChecked(collection.name(), checked);
                return recordFiles.parallelStream()
                        .map(file -> readRecord(root, collection.name(), file, checked, memo, problems, digests))
                        .flatMap(Optional::stream)
                        .toList();
            }).orElse(List.of());
            reportDuplicateIds(records, problems);
            Set<String> loaded = records.stream().map(Record::id).collect(java.util.stream.Collectors.toSet());
            recordFiles.stream().filter(file -> !loaded.contains(idOf(file))).forEach(file ->
                    unreadable.put(collection.name() + "/" + idOf(file), Problem.display(root, file)));
            Path introFile = contentDir.resolve(collection.name()).resolve("_index.md");
            String introShown = "content/" + collection.name() + "/_index.md";
            Optional<Page> intro = files.contains(introFile)
                    ? remembered(pagesRead, introFile, introShown, problems, digests,
                            (text, own) -> pages.parse(text, introShown, collection.url(), own))
                    : Optional.empty();
            collections.add(new Collection(collection, schema.orElse(null), "content/" + collection.schema(),
                    records, intro));
        }
        List<Page> loadedPages = markdown.parallelStream()
                .map(file -> readPage(contentDir, file, problems, digests, unreadable))
                .flatMap(Optional::stream)
                .toList();
        List<ChartSpec> specs = chartFiles.stream()
                .map(file -> charts.read(root, file, collections, problems))
                .flatMap(Optional::stream)
                .toList();
        return new Content(config, collections, loadedPages, specs, staticFiles, digests, unreadable);
    }

    /** The records of a collection read well by earlier loads, while they were checked against {@code schema}. */
    private FileMemo<Read<Record>> recordsChecked(String collection, RecordSchema schema) {
        return recordsRead.compute(collection, (name, known) ->
                known != null && known.getKey() == schema ? known : Map.entry(schema, new FileMemo<>(remember))).getValue();
    }

    private Optional<Record> readRecord(Path root, String collection, Path file, RecordSchema schema,
                                        FileMemo<Read<Record>> memo, Problems problems, Map<String, String> digests) {
        String shown = Problem.display(root, file);
        String name = file.getFileName().toString();
        String id = idOf(file);
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.inFile(shown, "the record id \"" + id + "\" (its file name) is not allowed",
                    "rename the file to lowercase letters, digits and hyphens, for example \""
                            + slug(id) + "." + name.substring(name.lastIndexOf('.') + 1) + "\""));
            return Optional.empty();
        }
        return remembered(memo, file, shown, problems, digests,
                (text, own) -> record(collection, id, shown, text, schema, own));
    }

    /** A record's id: its file name without the extension. */
    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private Optional<Record> record(String collection, String id, String shown, String text, RecordSchema schema,
                                    Problems problems) {
        Optional<YamlDocument> document = yaml.parse(shown, text, problems);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument doc = document.get();
        if (!doc.root().isObject()) {
            problems.add(Problem.at(doc.valueAt(""), "a record must be a mapping of fields",
                    "write `field: value` lines"));
            return Optional.empty();
        }
        problems.addAll(schema.check(doc.without(Record.ALIASES).without(Record.DRAFT).without(Record.COLOUR)));
        JsonNode colour = doc.root().path(Record.COLOUR);
        if (!colour.isMissingNode() && !(colour.isTextual() && Record.HEX_COLOUR.matcher(colour.asText()).matches())) {
            problems.add(Problem.at(doc.valueAt("/" + Record.COLOUR), "colour must be a CSS hex colour",
                    "write it like \"#0072B2\" (quoted: YAML reads # as a comment), or remove the line"));
        }
        JsonNode draft = doc.root().path(Record.DRAFT);
        if (!draft.isMissingNode() && !draft.isBoolean()) {
            problems.add(Problem.at(doc.valueAt("/" + Record.DRAFT), "draft must be true or false",
                    "write `draft: true` to keep the record out of the published site, or remove the line"));
        }
        problems.addAll(DateValues.inRecord(doc));
        JsonNode aliases = doc.root().path(Record.ALIASES);
        if (!aliases.isMissingNode()) {
            boolean valid = aliases.isArray();
            for (JsonNode alias : aliases) {
                valid &= alias.isTextual() && ALIAS.matcher(alias.asText()).matches();
            }
            if (!valid) {
                problems.add(Problem.at(doc.valueAt("/" + Record.ALIASES), "aliases must be a list of site paths",
                        "write them like [/old/path/], with a slash at each end"));
            } else {
                SitePaths.checkAliases(Record.aliases(doc), problems);
            }
        }
        if (doc.root().has("id") && !doc.root().path("id").asText().equals(id)) {
            problems.add(Problem.at(doc.valueAt("/id"),
                    "the id \"" + doc.root().path("id").asText() + "\" differs from the file name \"" + id + "\"",
                    "make `id:` equal the file name, or remove it"));
        }
        // An invalid record is kept so that references to it still resolve and the build reports
        // only its own problems; the build stops before rendering anyway.
        return Optional.of(new Record(collection, id, shown, doc));
    }

    /**
     * A page, read again only when its file changed since this loader last read it well: a loader
     * kept for many builds ({@code serve}) parses only the pages that changed.
     */
    private Optional<Page> readPage(Path contentDir, Path file, Problems problems, Map<String, String> digests,
                                    Map<String, String> unreadable) {
        Path relative = contentDir.relativize(file);
        String shown = "content/" + relative.toString().replace('\\', '/');
        return sitePath(relative, shown, problems).flatMap(sitePath -> {
            Optional<Page> page = remembered(pagesRead, file, shown, problems, digests,
                    (text, own) -> pages.parse(text, shown, sitePath, own));
            if (page.isEmpty()) {
                unreadable.put(Page.refName(sitePath), shown);
            }
            return page;
        });
    }

    /**
     * The site path of a page's file ({@code relative} to content/), or empty when a part of it cannot be
     * part of a URL (the problem is added).
     */
    private static Optional<String> sitePath(Path relative, String shown, Problems problems) {
        List<String> segments = new ArrayList<>();
        relative.forEach(part -> segments.add(part.toString()));
        String last = segments.remove(segments.size() - 1);
        last = last.substring(0, last.length() - ".md".length());
        if (!last.equals("index") && !last.equals("_index")) {
            segments.add(last);
        }
        for (String segment : segments) {
            if (!PAGE_SEGMENT.matcher(segment).matches()) {
                problems.add(Problem.inFile(shown, "\"" + segment + "\" cannot be part of a page's URL",
                        "use letters, digits, '.', '_' and '-' in file and folder names, for example \""
                                + slug(segment) + "\""));
                return Optional.empty();
            }
        }
        return Optional.of(segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/");
    }

    private static void reportDuplicateIds(List<Record> records, Problems problems) {
        Map<String, Record> seen = new HashMap<>();
        for (Record record : records) {
            Record earlier = seen.putIfAbsent(record.id(), record);
            if (earlier != null) {
                problems.add(Problem.inFile(record.file(), "duplicate id \"" + record.id() + "\", also used by "
                        + earlier.file(), "rename or remove one of the two files"));
            }
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "record" : slug;
    }
}
