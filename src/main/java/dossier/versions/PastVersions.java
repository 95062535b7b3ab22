package dossier.versions;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.cache.CommitRecord.NewRevision;
import dossier.cache.CommitRecord.PageState;
import dossier.cache.CommitRecord;
import dossier.cache.HistoryCache;
import dossier.check.PermalinkLedger;
import dossier.content.Collection;
import dossier.content.Record;
import dossier.history.Change;
import dossier.history.ContentCommit;
import dossier.history.FieldChanges;
import dossier.history.GitHistory;
import dossier.history.PassageChanges;
import dossier.history.Snapshot;
import dossier.link.LinkedSite;
import dossier.link.PageKind;
import dossier.output.SiteWriter;
import dossier.pages.Charts;
import dossier.pages.Fingerprints;
import dossier.pages.PageRenderer;
import dossier.pages.PageVersion;
import dossier.pages.RenderJob;
import dossier.problem.Problem;
import dossier.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Walks the dossier's git history, parents before children, and finds every revision of every
 * page: a page has a new revision where a commit changed what it shows (its record or page file,
 * the records it lists or names, a chart's spec and data), and none where a commit changed nothing
 * it shows. Each revision is published once, at {@code <permalink>v/<revision>/}, rendered from the
 * content of the first commit that had it, with today's templates.
 *
 * <p>A past state is loaded only when the history cache does not know what its commit did, or
 * when one of its versions must be rendered: a build with an unchanged history loads none.
 */
public final class PastVersions {

    /**
     * A revision as a history page lists it.
     *
     * @param sequence the place of its commit in the walk, parents first: orders the revisions of a
     *                 page and of the paths it had before a rename
     */
    record Revision(String sitePath, String revision, PageKind kind, String title, ContentCommit commit, int sequence,
                    boolean first, List<Change> changes) {}

    /** A past state of the content as the loader found it. */
    public sealed interface PastState permits LoadedState, Broken {}

    /** A state that loads: its pages, a renderer for them, the hashes of its files, its charts' data. */
    public record LoadedState(LinkedSite site, List<RenderJob> jobs, PageRenderer renderer, Fingerprints files,
                       Charts charts) implements PastState {}

    /** A state that today's checks reject, with the first problem they found. */
    public record Broken(String problem) implements PastState {}

    /** Loads a state of the content at a root in memory. */
    public interface Loader {
        PastState load(Path root);
    }

    /** Keeps a version from the previous site when its fingerprint has not changed. */
    public interface Keeper {
        boolean keep(String sitePath, PageVersion version);
    }

    /**
     * Everything the walk found.
     *
     * @param unrenderable each version the history holds that today's templates could not render,
     *                     by its version path, with the template's problem
     * @param unbuildable  the commits whose content today's checks reject, newly found by this build
     */
    public record Catalog(Map<String, List<Revision>> revisions, Set<String> published, Map<String, Problem> unrenderable,
                   List<String> unbuildable, int rendered) {
        /** The revisions of a page, oldest first. */
        public List<Revision> of(String sitePath) {
            return revisions.getOrDefault(sitePath, List.of());
        }

        public boolean isPublished(String sitePath, String revision) {
            return published.contains(dossier.cite.Citations.versionPath(sitePath, revision));
        }
    }

    private final GitHistory git;
    private final Loader loader;
    private final HistoryCache cache;
    private final Keeper keeper;
    private final String templatesAndCode;
    private final java.util.function.BiConsumer<String, List<String>> claim;
    private final SiteWriter output;
    private final Function<String, String> currentPath;
    private final YamlReader yaml = new YamlReader();
    /** For the titles of front matter fields. */
    private final JsonNode frontMatterSchema = dossier.schema.BundledSchemas.frontMatter().source();

    /**
     * @param templatesAndCode a hash of today's templates and generator code, part of every version's fingerprint
     * @param claim            claims the output folder of a version, and the data beside it, before they are written
     * @param currentPath      where a page of the past is now: its own path, the page an alias
     *                         of it leads to, or empty when it is gone
     */
    public PastVersions(GitHistory git, Loader loader, HistoryCache cache, Keeper keeper, String templatesAndCode,
                 java.util.function.BiConsumer<String, List<String>> claim, Function<String, String> currentPath,
                 SiteWriter output) {
        this.output = output;
        this.git = git;
        this.loader = loader;
        this.cache = cache;
        this.keeper = keeper;
        this.templatesAndCode = templatesAndCode;
        this.claim = claim;
        this.currentPath = currentPath;
    }

    public Catalog walk() {
        // The pages of each state of content/, by its tree: a commit is compared with its first parent's.
        Map<String, Map<String, PageState>> states = new HashMap<>();
        states.put("", Map.of());
        Map<String, List<Revision>> revisions = new TreeMap<>();
        Set<String> published = new LinkedHashSet<>();
        Map<String, Problem> unrenderable = new TreeMap<>();
        List<String> unbuildable = new ArrayList<>();
        int rendered = 0;
        try (Snapshot snapshot = new Snapshot(git)) {
            for (int sequence = 0; sequence < git.commits().size(); sequence++) {
                ContentCommit commit = git.commits().get(sequence);
                Map<String, PageState> before = states.getOrDefault(commit.parentTree(), Map.of());
                Optional<CommitRecord> known = cache.get(commit.id());
                Optional<LoadedState> loaded = Optional.empty();
                CommitRecord record;
                if (known.isPresent()) {
                    record = known.get();
                } else {
                    snapshot.moveTo(commit);
                    PastState result = loader.load(snapshot.root());
                    if (result instanceof LoadedState past) {
                        loaded = Optional.of(past);
                        record = analyse(commit, past, snapshot, before);
                    } else {
                        record = new CommitRecord(((Broken) result).problem(), Map.of(), List.of(), List.of());
                        unbuildable.add(commit.shortId() + " (" + commit.date() + "): " + record.problem());
                    }
                }
                cache.put(commit.id(), record);
                if (!record.builds()) {
                    continue; // its children are compared with the last state that built
                }
                Map<String, PageState> now = new HashMap<>(before);
                record.removed().forEach(now::remove);
                now.putAll(record.changed());
                states.put(commit.tree(), now);
                List<PageVersion> toRender = new ArrayList<>();
                List<String> toRenderPaths = new ArrayList<>();
                for (NewRevision revision : record.revisions()) {
                    PageState page = now.get(revision.sitePath());
                    revisions.computeIfAbsent(revision.sitePath(), k -> new ArrayList<>()).add(new Revision(
                            revision.sitePath(), revision.revision(), page.kind(), page.title(), commit, sequence,
                            revision.first(), revision.changes()));
                    String path = dossier.cite.Citations.versionPath(revision.sitePath(), revision.revision());
                    if (!published.add(path)) {
                        continue; // a revision that came back (a revert, a merge) is published where it first was
                    }
                    List<String> data = Charts.versionData(revision.sitePath(), page.kind(), revision.revision());
                    claim.accept(path, data);
                    String where = currentPath.apply(revision.sitePath());
                    PageVersion version = new PageVersion(revision.revision(), Optional.of(commit.date()),
                            commit.shortId(), where, fingerprint(commit, revision, where), data);
                    if (!keeper.keep(revision.sitePath(), version)) {
                        toRender.add(version);
                        toRenderPaths.add(revision.sitePath());
                    }
                }
                if (!toRender.isEmpty()) {
                    if (loaded.isEmpty()) {
                        snapshot.moveTo(commit);
                        if (loader.load(snapshot.root()) instanceof LoadedState past) {
                            loaded = Optional.of(past);
                        }
                    }
                    Map<String, Problem> failed = render(loaded.orElseThrow(), toRenderPaths, toRender);
                    // What could not be rendered is not published: the work tree's revision is then
                    // published from the work tree, and the ledger names any other it listed.
                    published.removeAll(failed.keySet());
                    unrenderable.putAll(failed);
                    rendered += toRender.size() - failed.size();
                }
            }
        }
        cache.save();
        return new Catalog(revisions, published, unrenderable, unbuildable, rendered);
    }

    /** Renders versions from a loaded state; returns those that failed, by version path, with the problem. */
    private Map<String, Problem> render(LoadedState loaded, List<String> paths, List<PageVersion> versions) {
        Map<String, RenderJob> jobs = new HashMap<>();
        loaded.jobs().forEach(job -> jobs.put(job.sitePath(), job));
        Map<String, Problem> failed = new ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, paths.size()).parallel().forEach(i -> {
            if (loaded.renderer().render(jobs.get(paths.get(i)).asVersion(versions.get(i))).isEmpty()) {
                failed.put(dossier.cite.Citations.versionPath(paths.get(i), versions.get(i).revision()),
                        loaded.renderer().problems().get(0));
            } else {
                loaded.charts().writeVersionData(paths.get(i), versions.get(i).data(), loaded.site(), output);
            }
        });
        return failed;
    }

    /** What a version's bytes depend on: the commit's content, the page, where it is now, today's templates and code. */
    private String fingerprint(ContentCommit commit, NewRevision revision, String current) {
        return dossier.io.Sha256.hex(templatesAndCode + "\n" + commit.tree() + "\n" + revision.sitePath() + "\n"
                + revision.revision() + "\n" + current);
    }

    /** The pages of one state, compared with those of its parent. */
    private CommitRecord analyse(ContentCommit commit, LoadedState loaded, Snapshot snapshot,
                                 Map<String, PageState> before) {
        Map<String, String> titles = new HashMap<>();
        loaded.site().targets().values().forEach(target -> titles.put(target.path(), target.title()));
        Map<String, PageState> now = new LinkedHashMap<>();
        for (RenderJob job : loaded.jobs()) {
            if (!job.citable()) {
                continue;
            }
            Map<String, String> inputs = new TreeMap<>();
            if (!job.provenance().dependsOnAll()) {
                loaded.files().shownFiles(job).forEach(file -> inputs.put(file, snapshot.blob(file).orElse("-")));
            }
            now.put(job.sitePath(), new PageState(loaded.renderer().revision(job), job.provenance().kind(),
                    titles.getOrDefault(job.sitePath(), job.sitePath()), job.source(), inputs, commit.tree()));
        }
        Map<String, String> fileTitles = fileTitles(before);
        fileTitles.putAll(fileTitles(now));
        Map<String, List<Change>> memo = new ConcurrentHashMap<>();
        Map<String, PageState> changed = new TreeMap<>();
        List<NewRevision> revisions = new ArrayList<>();
        for (Map.Entry<String, PageState> page : now.entrySet()) {
            PageState was = before.get(page.getKey());
            PageState is = page.getValue();
            if (!is.equals(was)) {
                changed.put(page.getKey(), is);
            }
            if (was == null) {
                revisions.add(new NewRevision(page.getKey(), is.revision(), true, List.of()));
            } else if (!was.revision().equals(is.revision())) {
                revisions.add(new NewRevision(page.getKey(), is.revision(), false,
                        changes(was, is, loaded.site(), fileTitles, memo)));
            }
        }
        List<String> removed = before.keySet().stream().filter(path -> !now.containsKey(path)).sorted().toList();
        return new CommitRecord("", changed, removed, revisions);
    }

    /** The title of each file that is a page of its own: a record's, a narrative page's, a chart spec's. */
    private static Map<String, String> fileTitles(Map<String, PageState> pages) {
        Map<String, String> titles = new HashMap<>();
        pages.values().stream().filter(page -> EnumSet.of(PageKind.RECORD, PageKind.PAGE, PageKind.CHART, PageKind.HOME).contains(page.kind()))
                .forEach(page -> titles.putIfAbsent(page.source(), page.title()));
        return titles;
    }

    /** What differs between two revisions of a page, file by file; a page made of one file, that file's changes. */
    private List<Change> changes(PageState was, PageState is, LinkedSite site, Map<String, String> titles,
                                 Map<String, List<Change>> memo) {
        Map<String, String> before = was.inputs();
        Map<String, String> after = is.inputs();
        if (was.showsAll() || is.showsAll()) {
            // A page that lists all content changed with every file that changed between the two states.
            before = new TreeMap<>();
            after = new TreeMap<>();
            for (var file : git.changedFiles(was.tree(), is.tree()).entrySet()) {
                String name = "content/" + file.getKey();
                if (!name.equals(PermalinkLedger.FILE)) {
                    before.put(name, git.blobAt(was.tree(), file.getKey()).orElse("-"));
                    after.put(name, file.getValue().orElse("-"));
                }
            }
        }
        // The files in path order, whichever kind of map they came in: a history page lists the
        // records one commit changed in the same order on every build.
        Set<String> files = new TreeSet<>(after.keySet());
        files.addAll(before.keySet());
        List<Change> own = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (String file : files) {
            String old = before.getOrDefault(file, "-");
            String now = after.getOrDefault(file, "-");
            if (old.equals(now)) {
                continue;
            }
            String status = old.equals("-") ? "added" : now.equals("-") ? "removed" : "changed";
            List<Change> inFile = status.equals("changed")
                    ? memo.computeIfAbsent(file + "\n" + old + "\n" + now, key -> fileChanges(file, old, now, site))
                    : List.of();
            if (file.equals(is.source()) && status.equals("changed")) {
                own.addAll(inFile); // the page's own file first, in its own words; the records it shows after
            } else {
                changes.add(new Change.File(file, titles.getOrDefault(file, file), status, inFile));
            }
        }
        own.addAll(changes);
        return own;
    }

    private List<Change> fileChanges(String file, String before, String after, LinkedSite site) {
        String old = new String(git.read(before), StandardCharsets.UTF_8);
        String now = new String(git.read(after), StandardCharsets.UTF_8);
        Optional<Collection> collection = site.collections().stream()
                .filter(c -> c.records().stream().map(Record::file).anyMatch(file::equals)).findFirst();
        if (collection.isPresent() && collection.get().schema() != null) {
            JsonNode schema = collection.get().schema().source();
            Optional<JsonNode> oldFields = worded(collection.get(), file, old, site);
            Optional<JsonNode> newFields = worded(collection.get(), file, now, site);
            if (oldFields.isPresent() && newFields.isPresent()) {
                return FieldChanges.between(oldFields.get(), newFields.get(), schema);
            }
        }
        if (file.endsWith(".md")) {
            return pageChanges(file, old, now);
        }
        return PassageChanges.lineByLine(old, now);
    }

    /** A Markdown page: its front matter field by field, then its body passage by passage. */
    private List<Change> pageChanges(String file, String old, String now) {
        var oldParts = dossier.content.PageReader.frontMatterAndBody(old);
        var newParts = dossier.content.PageReader.frontMatterAndBody(now);
        if (oldParts.isEmpty() || newParts.isEmpty()) {
            return PassageChanges.between(old, now);
        }
        List<Change> changes = new ArrayList<>();
        Optional<JsonNode> oldFront = fields(file, oldParts.get().getKey());
        Optional<JsonNode> newFront = fields(file, newParts.get().getKey());
        if (oldFront.isPresent() && newFront.isPresent()) {
            changes.addAll(FieldChanges.between(oldFront.get(), newFront.get(), frontMatterSchema));
        } else {
            changes.addAll(PassageChanges.between(oldParts.get().getKey(), newParts.get().getKey()));
        }
        changes.addAll(PassageChanges.between(oldParts.get().getValue(), newParts.get().getValue()));
        return changes;
    }

    /**
     * A record's fields with each reference in the words its page shows: the title of the record it
     * names ("Russia", not "russia"), where the state being compared still has that record.
     */
    private Optional<JsonNode> worded(Collection collection, String file, String text, LinkedSite site) {
        if (!(yaml.read(file, text, 0) instanceof YamlReader.Parsed parsed) || !parsed.document().root().isObject()) {
            return Optional.empty();
        }
        Record record = new Record(collection.name(), "", file, parsed.document());
        JsonNode words = parsed.document().root().deepCopy();
        for (var reference : new dossier.link.ReferenceFinder(collection.schema().source()).find(record)) {
            site.target(reference.to()).ifPresent(target -> replaceAt(words, reference.pointer(), target.title()));
        }
        return Optional.of(words);
    }

    /** Puts {@code text} in place of the value at a JSON pointer of the tree. */
    private static void replaceAt(JsonNode tree, String pointer, String text) {
        com.fasterxml.jackson.core.JsonPointer at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.put(last, text);
        } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            array.set(at.last().getMatchingIndex(), com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
        }
    }

    private Optional<JsonNode> fields(String file, String text) {
        if (yaml.read(file, text, 0) instanceof YamlReader.Parsed parsed && parsed.document().root().isObject()) {
            return Optional.of(parsed.document().root());
        }
        return Optional.empty();
    }
}
