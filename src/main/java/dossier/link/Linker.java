package dossier.link;

import dossier.content.Alias;
import dossier.content.Collection;
import dossier.content.Content;
import dossier.content.Page;
import dossier.content.Record;
import dossier.content.SitePaths;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.DidYouMean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The link stage: resolves references between records and claims each published path once. */
public final class Linker {
    /** The key of the search page, as {@code ref("search")} names it. */
    public static final String SEARCH = "search";

    /** Links the content as published: drafts are left out, and a link to one is an error. */
    public LinkedSite link(Content content, Problems problems) {
        return link(content, false, problems);
    }

    /** @param withDrafts keep the pages and records marked {@code draft: true}, as {@code serve} shows them */
    public LinkedSite link(Content all, boolean withDrafts, Problems problems) {
        Content content = withDrafts ? all : all.withoutDrafts();
        Map<String, String> drafts = withDrafts ? Map.of() : all.drafts();
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, String> claimedBy = new HashMap<>();
        claim(new Target("", PageKind.HOME, "", content.config().title(), "/", "content/dossier.yaml"), targets, claimedBy,
                problems);
        for (Collection collection : content.collections()) {
            claim(new Target(collection.name(), PageKind.COLLECTION, collection.name(), collection.config().title(),
                    collection.config().url(), "content/dossier.yaml"), collection.config().declaredAt(), targets,
                    claimedBy, problems);
            for (Record record : collection.records()) {
                claim(new Target(record.key(), PageKind.RECORD, collection.name(),
                        record.title(collection.config().titleField()),
                        collection.config().permalinkOf(record.id()), record.file()), targets, claimedBy, problems);
            }
        }
        if (!content.charts().isEmpty()) {
            claim(new Target("charts", PageKind.CHARTS, "", "Charts", "/charts/", "content/charts"), targets, claimedBy,
                    problems);
        }
        for (var chart : content.charts()) {
            claim(new Target("charts/" + chart.id(), PageKind.CHART, "", chart.title(), chart.path(), chart.file()), targets,
                    claimedBy, problems);
        }
        for (Page page : content.pages()) {
            if (page.isHome()) {
                continue;
            }
            claim(new Target(page.refName(), PageKind.PAGE, "", page.front().title(), page.path(), page.file()), targets,
                    claimedBy, problems);
        }
        // search: true publishes a search page, the built-in one unless content/ has a page there.
        if (content.config().search() && !targets.containsKey(SEARCH)
                && targets.values().stream().noneMatch(target -> target.path().equals("/search/"))) {
            claim(new Target(SEARCH, PageKind.SEARCH, "", "Search", "/search/", "content/dossier.yaml"), targets, claimedBy,
                    problems);
        }
        Map<String, String> aliases = new TreeMap<>();
        for (Page page : content.pages()) {
            for (Alias alias : page.front().aliases()) {
                claimAlias(alias, page.isHome() ? "" : page.refName(), page.file(), claimedBy, aliases, problems);
            }
        }
        for (Collection collection : content.collections()) {
            for (Record record : collection.records()) {
                for (Alias alias : record.aliases()) {
                    claimAlias(alias, record.key(), record.file(), claimedBy, aliases, problems);
                }
            }
        }
        // Last: a folder of pages gets a list of its own only where nothing else (its own page, a
        // collection, an alias) is published, so no dossier that built before fails now.
        for (String folder : PageFolders.paths(content.pages())) {
            if (!claimedBy.containsKey(folder)) {
                claim(new Target(folder.substring(1, folder.length() - 1), PageKind.FOLDER, "",
                        PageFolders.title(folder, content.config()), folder, "content" + folder), targets, claimedBy,
                        problems);
            }
        }
        checkSchemaTargets(content, problems);
        checkNavigation(content, targets, problems);
        Map<String, List<Reference>> outgoing = new TreeMap<>();
        Map<String, List<Reference>> incoming = new TreeMap<>();
        for (Collection collection : content.collections()) {
            if (collection.schema() == null) {
                continue;
            }
            ReferenceFinder finder = new ReferenceFinder(collection.schema().source());
            for (Record record : collection.records()) {
                List<Reference> references = finder.find(record);
                outgoing.put(record.key(), references);
                for (Reference reference : references) {
                    Target target = targets.get(reference.to());
                    if (drafts.containsKey(reference.to())) {
                        problems.add(Problem.at(reference.at(), "the record \"" + reference.to()
                                .substring(reference.toCollection().length() + 1) + "\" in \""
                                + reference.toCollection() + "\" is a draft (" + drafts.get(reference.to())
                                + " has `draft: true`), which is not published",
                                "publish it by removing `draft: true`, or remove the reference"));
                    } else if (target == null && content.unreadable().containsKey(reference.to())) {
                        continue; // its own file's problem is reported: this one would only follow from it
                    } else if (target == null || target.kind() != PageKind.RECORD) {
                        problems.add(missing(reference, content));
                    } else {
                        incoming.computeIfAbsent(reference.to(), k -> new ArrayList<>()).add(reference);
                    }
                }
            }
        }
        incoming.replaceAll((key, list) -> list.stream()
                .sorted(Comparator.comparing(Reference::from).thenComparing(Reference::pointer)).toList());
        return new LinkedSite(content, targets, outgoing, incoming, aliases, drafts);
    }

    private static void claim(Target target, Map<String, Target> targets, Map<String, String> claimedBy,
                              Problems problems) {
        claim(target, Position.start(target.source()), targets, claimedBy, problems);
    }

    /** @param at where the target is declared: a collection's entry in dossier.yaml, else the start of its file */
    private static void claim(Target target, Position at, Map<String, Target> targets,
                              Map<String, String> claimedBy, Problems problems) {
        if (targets.containsKey(target.key())) {
            return; // a duplicate id, which the load stage reports
        }
        String earlier = claimedBy.putIfAbsent(target.path(), target.source());
        if (earlier != null) {
            problems.add(Problem.at(at, "the URL " + target.path() + " is also produced by " + earlier,
                    "rename one of them, or change the collection's permalink pattern"));
            return;
        }
        targets.putIfAbsent(target.key(), target);
    }

    private static Problem missing(Reference reference, Content content) {
        String collection = reference.toCollection();
        String id = reference.to().substring(collection.length() + 1);
        Set<String> ids = content.collections().stream()
                .filter(c -> c.name().equals(collection))
                .flatMap(c -> c.records().stream())
                .map(Record::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (id.isBlank()) {
            return Problem.at(reference.at(), "the reference is empty",
                    "write the id of a record in \"" + collection + "\", for example \"" + ids.stream().findFirst()
                            .orElse("some-id") + "\"");
        }
        String hint = DidYouMean.hint(id, ids);
        return Problem.at(reference.at(), "\"" + id + "\" is not a record in \"" + collection + "\"",
                hint.isEmpty() ? "create content/" + collection + "/" + id + ".yaml or correct the id" : hint);
    }

    /** Claims an alias in its one published form; one in another form is reported by the load stage. */
    private static void claimAlias(Alias alias, String targetKey, String source, Map<String, String> claimedBy,
                                   Map<String, String> aliases, Problems problems) {
        if (SitePaths.folderProblem(alias.path()).isPresent()) {
            return;
        }
        String earlier = claimedBy.putIfAbsent(alias.path(), source);
        if (earlier != null) {
            problems.add(Problem.at(alias.at(), "the alias " + alias.path() + " is also published by " + earlier,
                    "an alias must be a URL that nothing else publishes"));
            return;
        }
        aliases.put(alias.path(), targetKey);
    }

    private static void checkNavigation(Content content, Map<String, Target> targets, Problems problems) {
        for (var item : content.config().navigation()) {
            String url = item.url();
            String name = RefTarget.parse(url).map(RefTarget::name).orElse(null);
            if (name != null && !targets.containsKey(name) && !content.unreadable().containsKey(name)) {
                problems.add(Problem.at(item.at(), "the navigation link \"" + url + "\" names nothing",
                        dossier.schema.DidYouMean.nearest(name, targets.keySet()).map(near -> "did you mean ref:"
                                + near + "? ").orElse("") + "write ref:<collection>/<id>, ref:<collection> or ref:<page path>"));
            }
        }
    }

    private static void checkSchemaTargets(Content content, Problems problems) {
        for (Collection collection : content.collections()) {
            if (collection.schema() == null) {
                continue;
            }
            Map<String, String> targets = new TreeMap<>();
            ReferenceFinder.collectTargets(collection.schema().source(), "", targets);
            targets.forEach((pointer, name) -> {
                if (content.config().collection(name).isEmpty()) {
                    problems.add(Problem.inFile(collection.schemaFile(),
                            "\"" + ReferenceFinder.KEYWORD + "\" at " + pointer + " names the unknown collection \""
                                    + name + "\"", DidYouMean.hint(name, content.collections().stream()
                                    .map(Collection::name).toList())));
                }
            });
        }
    }
}
