package dossier.history;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One thing that differs between two revisions of a page, as its history page states it. */
// Typed by name in the build's history cache, which keeps what each commit changed.
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Change.Field.class, name = "field"),
        @JsonSubTypes.Type(value = Change.Items.class, name = "items"),
        @JsonSubTypes.Type(value = Change.Passage.class, name = "passage"),
        @JsonSubTypes.Type(value = Change.Prose.class, name = "prose"),
        @JsonSubTypes.Type(value = Change.File.class, name = "file")})
public sealed interface Change {

    /**
     * A text field of a record whose sentences changed (a summary): the old and the new text as safe
     * HTML, the words taken out in {@code <del>}, those put in in {@code <ins>}.
     */
    record Prose(String label, String beforeHtml, String afterHtml) implements Change {}

    /**
     * A field of a record: {@code before} empty when it was added, {@code after} empty when removed.
     *
     * @param label the field's title in the record's schema, else its key made readable
     */
    record Field(String label, String before, String after) implements Change {}

    /** Items added to or removed from a list field ("a source added"). */
    record Items(String label, List<String> added, List<String> removed) implements Change {
        public Items {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /**
     * A changed passage of text, as safe HTML: the words taken out in {@code <del>}, those put in
     * in {@code <ins>}; either side empty when the passage was only added or only removed.
     */
    record Passage(String beforeHtml, String afterHtml) implements Change {}

    /**
     * A file among a page's inputs that was added, removed or changed, with its own changes
     * (a record of a collection, the spec of a chart).
     *
     * @param status "added", "removed" or "changed"
     */
    record File(String file, String title, String status, List<Change> changes) implements Change {
        public File {
            changes = List.copyOf(changes);
        }
    }
}
