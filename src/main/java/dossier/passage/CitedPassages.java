package dossier.passage;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.link.CitedPassage;
import dossier.link.LinkedSite;
import dossier.markdown.CiteShortcodes;
import dossier.problem.Problem;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every citation of a work in a dossier: each object of a record whose {@code source} names a
 * record of a {@code cites: works} collection (a {@code sources} entry, at any depth), and each
 * {@code {{< cite >}}} of a page.
 */
public final class CitedPassages {
    private CitedPassages() {}

    /** The citations, and what is wrong with the shape of a record's fragment (a page's cites say so when rendered). */
    public record Found(List<CitedPassage> citations, List<Problem> problems) {}

    public static Found of(LinkedSite site) {
        Set<String> works = site.works().map(Record::id).collect(Collectors.toSet());
        List<CitedPassage> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Collection collection : site.collections()) {
            for (Record record : collection.records()) {
                walk(record.document(), record.fields(), "", works, found, problems);
            }
        }
        for (Page page : site.pages()) {
            CiteShortcodes.find(page.file(), page.body(), page.bodyLine()).stream()
                    .flatMap(cite -> cite.cite().stream()).forEach(found::add);
        }
        return new Found(found, problems);
    }

    /**
     * Every object with a {@code source} naming a work and a {@code locator}, read by value: a
     * schema that forgets to mark {@code source} as a reference does not hide its citations.
     */
    private static void walk(YamlDocument document, JsonNode node, String pointer, Set<String> works,
                             List<CitedPassage> found, List<Problem> problems) {
        if (node.isObject() && node.path("source").isTextual() && node.has("locator")
                && works.contains(node.path("source").asText())) {
            List<Problem> malformed = shape(document, node.get("fragment"), pointer + "/fragment");
            problems.addAll(malformed);
            if (malformed.isEmpty()) {
                // A fragment of the wrong shape is reported as such, not checked against the text as well.
                found.add(inRecord(document, pointer, node.path("source").asText()));
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(document, field.getValue(),
                    pointer + "/" + YamlDocument.segment(field.getKey()), works, found, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), pointer + "/" + i, works, found, problems);
            }
        }
    }

    /** A fragment is {start, end?} of strings; whatever a collection's schema allows, nothing else is read. */
    private static List<Problem> shape(YamlDocument document, JsonNode fragment, String pointer) {
        if (fragment == null) {
            return List.of();
        }
        String form = "write fragment: {start: \"<first words>\", end: \"<last words>\"}, end optional";
        if (!fragment.isObject()) {
            return List.of(Problem.at(document.valueAt(pointer), "a fragment is not an object", form));
        }
        List<Problem> problems = new ArrayList<>();
        fragment.fieldNames().forEachRemaining(name -> {
            String at = pointer + "/" + YamlDocument.segment(name);
            if (!name.equals("start") && !name.equals("end")) {
                problems.add(Problem.at(document.keyAt(at), "a fragment has no field \"" + name + "\"", form));
            } else if (!fragment.get(name).isTextual()) {
                problems.add(Problem.at(document.valueAt(at), "the fragment's " + name + " is not text",
                        "write the words in quotes"));
            }
        });
        if (!fragment.has("start")) {
            problems.add(Problem.at(document.valueAt(pointer), "a fragment has no start", form));
        }
        return problems;
    }

    private static CitedPassage inRecord(YamlDocument document, String entry, String source) {
        JsonNode node = document.root().at(entry);
        return new CitedPassage(source, document.valueAt(entry),
                part(document, node, entry, "locator").orElse(new CitedPassage.Part("", document.valueAt(entry))),
                part(document, node.path("fragment"), entry + "/fragment", "start"),
                part(document, node.path("fragment"), entry + "/fragment", "end"),
                part(document, node, entry, "quote"));
    }

    private static Optional<CitedPassage.Part> part(YamlDocument document, JsonNode node, String pointer, String name) {
        JsonNode value = node.path(name);
        return value.isTextual()
                ? Optional.of(new CitedPassage.Part(value.asText(), document.valueAt(pointer + "/" + YamlDocument.segment(name))))
                : Optional.empty();
    }
}
