package dossier.passage;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.Collection;
import dossier.content.Page;
import dossier.content.Record;
import dossier.link.CitedPassage;
import dossier.link.LinkedSite;
import dossier.markdown.CiteShortcodes;
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

    public static List<CitedPassage> of(LinkedSite site) {
        Set<String> works = site.collections().stream().filter(c -> c.config().citesWorks())
                .flatMap(c -> c.records().stream()).map(Record::id).collect(Collectors.toSet());
        List<CitedPassage> found = new ArrayList<>();
        for (Collection collection : site.collections()) {
            for (Record record : collection.records()) {
                walk(record.document(), record.fields(), "", works, found);
            }
        }
        for (Page page : site.pages()) {
            CiteShortcodes.find(page.file(), page.body(), page.bodyLine()).stream()
                    .flatMap(cite -> cite.cite().stream()).forEach(found::add);
        }
        return found;
    }

    /**
     * Every object with a {@code source} naming a work and a {@code locator}, read by value: a
     * schema that forgets to mark {@code source} as a reference does not hide its citations.
     */
    private static void walk(YamlDocument document, JsonNode node, String pointer, Set<String> works,
                             List<CitedPassage> found) {
        if (node.isObject() && node.path("source").isTextual() && node.has("locator")
                && works.contains(node.path("source").asText())) {
            found.add(inRecord(document, pointer, node.path("source").asText()));
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> walk(document, field.getValue(),
                    pointer + "/" + YamlDocument.segment(field.getKey()), works, found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), pointer + "/" + i, works, found);
            }
        }
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
