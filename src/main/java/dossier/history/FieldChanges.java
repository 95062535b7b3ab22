package dossier.history;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.format.FieldText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two versions of a record, field by field in the record's own words:
 * "US dollar value: $4.5 million → $4.6 million", "Sources: added …". Fields are labelled with
 * their schema {@code title} and taken in the schema's order, then the record's.
 */
public final class FieldChanges {
    /** Longer than this, a changed text is shown with its changed words marked. */
    private static final int PROSE = 80;

    private FieldChanges() {}

    /**
     * @param schema the collection's JSON Schema, for titles and order; a missing node for none
     */
    public static List<Change> between(JsonNode before, JsonNode after, JsonNode schema) {
        Set<String> keys = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(keys::add);
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            JsonNode old = before.path(key);
            JsonNode now = after.path(key);
            if (old.equals(now)) {
                continue;
            }
            String label = schema.path("properties").path(key).path("title").asText(FieldText.label(key));
            if (old.isArray() && now.isArray()) {
                List<String> added = difference(FieldText.items(now), FieldText.items(old));
                List<String> removed = difference(FieldText.items(old), FieldText.items(now));
                if (!added.isEmpty() || !removed.isEmpty()) {
                    changes.add(new Change.Items(label, added, removed));
                    continue;
                }
            }
            if (old.isTextual() && now.isTextual() && Math.max(old.asText().length(), now.asText().length()) > PROSE) {
                // A sentence or more: which words changed, not two whole paragraphs to compare by eye.
                List<Change> passages = PassageChanges.between(old.asText(), now.asText());
                if (passages.size() == 1 && passages.get(0) instanceof Change.Passage passage) {
                    changes.add(new Change.Prose(label, passage.beforeHtml(), passage.afterHtml()));
                    continue;
                }
            }
            String was = FieldText.of(old);
            String is = FieldText.of(now);
            // Two values that read the same (a reordered list, 4.50 for 4.5) still differ: show the data.
            changes.add(was.equals(is) ? new Change.Field(label, old.toString(), now.toString())
                    : new Change.Field(label, was, is));
        }
        return changes;
    }

    /** The items of {@code all} not in {@code taken}, each occurrence counted once. */
    private static List<String> difference(List<String> all, List<String> taken) {
        List<String> rest = new ArrayList<>(taken);
        List<String> left = new ArrayList<>();
        for (String item : all) {
            if (!rest.remove(item)) {
                left.add(item);
            }
        }
        return left;
    }
}
