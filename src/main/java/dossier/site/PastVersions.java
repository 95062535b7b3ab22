package dossier.site;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.Collection;
import dossier.content.Record;
import dossier.history.Change;
import dossier.history.ContentCommit;
import dossier.history.FieldChanges;
import dossier.history.GitHistory;
import dossier.history.PassageChanges;
import dossier.history.Snapshot;
import dossier.link.LinkedSite;
import dossier.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks the dossier's git history, oldest state first, and finds every revision of every page:
 * a page has a new revision where a commit changed its inputs (its record or page file, its chart
 * spec and data, the records its collection lists), and none where a commit changed nothing it is
 * made from. Each revision is published once, at {@code <permalink>v/<revision>/}, rendered from the
 * content of the first commit that had it with today's templates.
 *
 * <p>A past state is loaded only when the history cache does not know what its commit did, or
 * when one of its versions must be rendered: a build with an unchanged history loads none.
 */
final class PastVersions {

    /**
     * A page as one state of the content has it.
     *
     * @param source the content file the page comes from ("content/aid/x.yaml")
     * @param inputs the git blob of each file the page is made from, "-" for none
     */
    record PageState(String revision, String kind, String title, String source, Map<String, String> inputs) {
        PageState {
            inputs = Map.copyOf(inputs);
        }
    }

    /** A new revision of a page, and what changed since its previous one. */
    record NewRevision(String sitePath, String revision, boolean first, List<Change> changes) {
        NewRevision {
            changes = List.copyOf(changes);
        }
    }

    /**
     * What one commit did: the pages whose state changed (with their new state), those that went
     * away, and the revisions it made. A commit whose content does not build says why in {@code problem}.
     */
    record CommitRecord(String problem, Map<String, PageState> changed, List<String> removed,
                        List<NewRevision> revisions) {
        CommitRecord {
            changed = new TreeMap<>(changed);
            removed = List.copyOf(removed);
            revisions = List.copyOf(revisions);
        }

        boolean builds() {
            return problem == null || problem.isEmpty();
        }
    }

    /**
     * A revision as a history page lists it.
     *
     * @param sequence the place of its commit on the line, oldest first: orders the revisions of
     *                 a page and of the paths it had before a rename
     */
    record Revision(String sitePath, String revision, String kind, String title, ContentCommit commit, int sequence,
                    boolean first, List<Change> changes) {}

    /** A past state of the content as the loader found it. */
    sealed interface PastState permits LoadedState, Broken {}

    /**
     * A state that loads: its pages and a renderer for them.
     *
     * @param revision the revision id of a page's inputs in this state
     */
    record LoadedState(LinkedSite site, List<RenderJob> jobs, java.util.function.Function<List<String>, String> revision,
                       PageRenderer renderer) implements PastState {}

    /** A state that today's checks reject, with the first problem they found. */
    record Broken(String problem) implements PastState {}

    /** Loads a state of the content at a root in memory. */
    interface Loader {
        PastState load(Path root);
    }

    /** Keeps a version from the previous site when its fingerprint has not changed. */
    interface Keeper {
        boolean keep(String sitePath, PageVersion version);
    }

    /** Everything the walk found. */
    record Catalog(Map<String, List<Revision>> revisions, Set<String> published, List<String> unbuildable,
                   List<dossier.problem.Problem> renderProblems, int rendered) {
        /** The revisions of a page, oldest first. */
        List<Revision> of(String sitePath) {
            return revisions.getOrDefault(sitePath, List.of());
        }

        boolean isPublished(String sitePath, String revision) {
            return published.contains(sitePath + "\n" + revision);
        }
    }

    private final GitHistory git;
    private final Loader loader;
    private final HistoryCache cache;
    private final Keeper keeper;
    private final String templatesAndCode;
    private final java.util.function.Consumer<String> claim;
    private final YamlReader yaml = new YamlReader();
    /** For the titles of front matter fields. */
    private final JsonNode frontMatterSchema = dossier.schema.BundledSchemas.frontMatter().source();

    /**
     * @param templatesAndCode a hash of today's templates and generator code, part of every version's fingerprint
     * @param claim            claims the output folder of a version before it is written
     */
    PastVersions(GitHistory git, Loader loader, HistoryCache cache, Keeper keeper, String templatesAndCode,
                 java.util.function.Consumer<String> claim) {
        this.git = git;
        this.loader = loader;
        this.cache = cache;
        this.keeper = keeper;
        this.templatesAndCode = templatesAndCode;
        this.claim = claim;
    }

    Catalog walk() {
        Map<String, PageState> state = new HashMap<>();
        Map<String, List<Revision>> revisions = new TreeMap<>();
        Set<String> published = new HashSet<>();
        List<String> unbuildable = new ArrayList<>();
        dossier.problem.Problems renderProblems = new dossier.problem.Problems();
        int rendered = 0;
        try (Snapshot snapshot = new Snapshot(git)) {
            for (int sequence = 0; sequence < git.commits().size(); sequence++) {
                ContentCommit commit = git.commits().get(sequence);
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
                        record = analyse(past, snapshot, state);
                    } else {
                        record = new CommitRecord(((Broken) result).problem(), Map.of(), List.of(), List.of());
                    }
                }
                cache.put(commit.id(), record);
                if (!record.builds()) {
                    unbuildable.add(commit.shortId() + " (" + commit.date() + "): " + record.problem());
                    continue;
                }
                record.removed().forEach(state::remove);
                state.putAll(record.changed());
                List<PageVersion> toRender = new ArrayList<>();
                List<String> toRenderPaths = new ArrayList<>();
                for (NewRevision revision : record.revisions()) {
                    PageState page = state.get(revision.sitePath());
                    revisions.computeIfAbsent(revision.sitePath(), k -> new ArrayList<>()).add(new Revision(
                            revision.sitePath(), revision.revision(), page.kind(), page.title(), commit, sequence,
                            revision.first(), revision.changes()));
                    if (!published.add(revision.sitePath() + "\n" + revision.revision())) {
                        continue; // a revision that came back (a revert) is published where it first was
                    }
                    claim.accept(dossier.cite.Citations.versionPath(revision.sitePath(), revision.revision()));
                    PageVersion version = new PageVersion(revision.revision(), Optional.of(commit.date()),
                            commit.shortId(), fingerprint(commit, revision));
                    if (!keeper.keep(revision.sitePath(), version)) {
                        toRender.add(version);
                        toRenderPaths.add(revision.sitePath());
                    }
                    // What could not be rendered is taken out again below: the work tree's revision is then
                    // published from the work tree.
                }
                if (!toRender.isEmpty()) {
                    if (loaded.isEmpty()) {
                        snapshot.moveTo(commit);
                        if (loader.load(snapshot.root()) instanceof LoadedState past) {
                            loaded = Optional.of(past);
                        }
                    }
                    List<String> failed = render(loaded.orElseThrow(), toRenderPaths, toRender, renderProblems);
                    published.removeAll(failed);
                    rendered += toRender.size() - failed.size();
                }
            }
        }
        cache.save();
        return new Catalog(revisions, published, unbuildable, renderProblems.sorted(), rendered);
    }

    /** Renders versions from a loaded state; returns those that failed, as "path\nrevision". */
    private List<String> render(LoadedState loaded, List<String> paths, List<PageVersion> versions,
                                dossier.problem.Problems problems) {
        Map<String, RenderJob> jobs = new HashMap<>();
        loaded.jobs().forEach(job -> jobs.put(job.sitePath(), job));
        List<String> failed = java.util.stream.IntStream.range(0, paths.size()).parallel()
                .filter(i -> loaded.renderer().render(jobs.get(paths.get(i)).asVersion(versions.get(i))).isEmpty())
                .mapToObj(i -> paths.get(i) + "\n" + versions.get(i).revision()).toList();
        problems.addAll(loaded.renderer().problems());
        return failed;
    }

    /** What a version's bytes depend on: the commit's content, the page, and today's templates and code. */
    private String fingerprint(ContentCommit commit, NewRevision revision) {
        return dossier.io.Sha256.hex(templatesAndCode + "\n" + commit.tree() + "\n" + revision.sitePath() + "\n"
                + revision.revision());
    }

    /** The pages of one state, compared with the state before it. */
    private CommitRecord analyse(LoadedState loaded, Snapshot snapshot, Map<String, PageState> before) {
        Map<String, String> titles = new HashMap<>();
        loaded.site().targets().values().forEach(target -> titles.put(target.path(), target.title()));
        Map<String, PageState> now = new LinkedHashMap<>();
        for (RenderJob job : loaded.jobs()) {
            if (!job.citable()) {
                continue;
            }
            Map<String, String> inputs = new TreeMap<>();
            job.provenance().inputs().forEach(file -> inputs.put(file, snapshot.blob(file).orElse("-")));
            now.put(job.sitePath(), new PageState(loaded.revision().apply(job.provenance().inputs()),
                    job.provenance().kind(), titles.getOrDefault(job.sitePath(), job.sitePath()), job.source(),
                    inputs));
        }
        Map<String, String> fileTitles = fileTitles(before);
        fileTitles.putAll(fileTitles(now));
        Map<String, List<Change>> fileChanges = new ConcurrentHashMap<>();
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
                        changes(was, is, loaded.site(), fileTitles, fileChanges)));
            }
        }
        List<String> removed = before.keySet().stream().filter(path -> !now.containsKey(path)).sorted().toList();
        return new CommitRecord("", changed, removed, revisions);
    }

    /** The title of each file that is a page of its own: a record's, a narrative page's, a chart spec's. */
    private static Map<String, String> fileTitles(Map<String, PageState> pages) {
        Map<String, String> titles = new HashMap<>();
        pages.values().stream().filter(page -> Set.of("record", "page", "chart", "home").contains(page.kind()))
                .forEach(page -> titles.putIfAbsent(page.source(), page.title()));
        return titles;
    }

    /** What differs between two revisions of a page, file by file; a page made of one file, that file's changes. */
    private List<Change> changes(PageState was, PageState is, LinkedSite site, Map<String, String> titles,
                                 Map<String, List<Change>> memo) {
        Set<String> files = new LinkedHashSet<>(is.inputs().keySet());
        files.addAll(was.inputs().keySet());
        List<Change> changes = new ArrayList<>();
        for (String file : files) {
            String before = was.inputs().getOrDefault(file, "-");
            String after = is.inputs().getOrDefault(file, "-");
            if (before.equals(after)) {
                continue;
            }
            String status = before.equals("-") ? "added" : after.equals("-") ? "removed" : "changed";
            List<Change> inFile = status.equals("changed")
                    ? memo.computeIfAbsent(file + "\n" + before + "\n" + after, key -> fileChanges(file, before, after,
                    site))
                    : List.of();
            if (was.inputs().size() == 1 && is.inputs().size() == 1 && status.equals("changed")) {
                return inFile;
            }
            changes.add(new Change.File(file, titles.getOrDefault(file, file), status, inFile));
        }
        return changes;
    }

    private List<Change> fileChanges(String file, String before, String after, LinkedSite site) {
        String old = new String(git.read(before), StandardCharsets.UTF_8);
        String now = new String(git.read(after), StandardCharsets.UTF_8);
        Optional<Collection> collection = site.collections().stream()
                .filter(c -> c.records().stream().map(Record::file).anyMatch(file::equals)).findFirst();
        if (collection.isPresent()) {
            Optional<JsonNode> oldFields = fields(file, old);
            Optional<JsonNode> newFields = fields(file, now);
            if (oldFields.isPresent() && newFields.isPresent()) {
                JsonNode schema = collection.get().schema() == null ? com.fasterxml.jackson.databind.node.MissingNode
                        .getInstance() : collection.get().schema().source();
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
            changes.addAll(FieldChanges.between(oldFront.get(), newFront.get(),
                    frontMatterSchema));
        } else {
            changes.addAll(PassageChanges.between(oldParts.get().getKey(), newParts.get().getKey()));
        }
        changes.addAll(PassageChanges.between(oldParts.get().getValue(), newParts.get().getValue()));
        return changes;
    }

    private Optional<JsonNode> fields(String file, String text) {
        if (yaml.read(file, text, 0) instanceof YamlReader.Parsed parsed && parsed.document().root().isObject()) {
            return Optional.of(parsed.document().root());
        }
        return Optional.empty();
    }
}
