package dossier.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record's changes, field by field in the record's own words. */
class FieldChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = json("""
            {"properties": {"title": {"title": "Title"}, "usd": {"title": "US dollar value"},
             "sources": {"title": "Sources"}, "when": {}}}""");

    @Test
    void anAmountReadsAsTheRecordWordsIt() {
        assertEquals(List.of(new Change.Field("US dollar value", "$4.5 million", "$4.6 million")),
                FieldChanges.between(json("{\"usd\": {\"value\": 4500000, \"currency\": \"USD\", \"text\": \"$4.5 million\"}}"),
                        json("{\"usd\": {\"value\": 4600000, \"currency\": \"USD\", \"text\": \"$4.6 million\"}}"), SCHEMA));
    }

    @Test
    void aListSaysWhatWasAddedAndRemoved() {
        assertEquals(List.of(new Change.Items("Sources", List.of("EDM"), List.of("Daily Time"))),
                FieldChanges.between(json("{\"sources\": [\"China Brief\", \"Daily Time\"]}"),
                        json("{\"sources\": [\"China Brief\", \"EDM\"]}"), SCHEMA));
    }

    @Test
    void fieldsAddedAndRemovedHaveOneSideEmptyAndComeInTheSchemasOrder() {
        assertEquals(List.of(new Change.Field("Title", "Old", ""), new Change.Field("When", "", "1997–2003"),
                        new Change.Field("Capacity mw", "", "12")),
                FieldChanges.between(json("{\"title\": \"Old\"}"),
                        json("{\"capacityMw\": 12, \"when\": {\"start\": \"1997\", \"end\": \"2003\"}}"), SCHEMA),
                "a key without a schema title is made readable; the schema's order comes first");
    }

    @Test
    void twoValuesThatReadTheSameShowTheData() {
        // The figure changed but its wording did not: the reader must still see what differs.
        assertEquals(List.of(new Change.Field("US dollar value", "{\"value\":1,\"text\":\"$1\"}",
                        "{\"value\":2,\"text\":\"$1\"}")),
                FieldChanges.between(json("{\"usd\": {\"value\": 1, \"text\": \"$1\"}}"),
                        json("{\"usd\": {\"value\": 2, \"text\": \"$1\"}}"), SCHEMA));
        assertEquals(List.of(new Change.Field("Sources", "a; b", "b; a")), FieldChanges.between(
                json("{\"sources\": [\"a\", \"b\"]}"), json("{\"sources\": [\"b\", \"a\"]}"), SCHEMA),
                "a list put in another order");
    }

    @Test
    void aLongTextShowsItsChangedWords() {
        String before = "Between 1997 and 2003 Astana received 30 million RMB of technological aid, communications "
                + "equipment and transport.";
        String after = before.replace("30 million", "about 30 million");
        assertEquals(List.of(new Change.Prose("Summary",
                        "Between 1997 and 2003 Astana received 30 million RMB of technological aid, communications "
                                + "equipment and transport.",
                        "Between 1997 and 2003 Astana received <ins>about </ins>30 million RMB of technological aid, "
                                + "communications equipment and transport.")),
                FieldChanges.between(json("{\"summary\": \"" + before + "\"}"),
                        json("{\"summary\": \"" + after + "\"}"), SCHEMA));
    }

    @Test
    void aFieldTheSchemaDoesNotNameIsReportedWhenRemoved() {
        assertEquals(List.of(new Change.Field("Note", "kept apart", "")),
                FieldChanges.between(json("{\"note\": \"kept apart\"}"), json("{}"), SCHEMA));
    }

    @Test
    void aTextOfEightyCharactersIsStillAValue() {
        String eighty = "x".repeat(80);
        assertEquals(List.of(Change.Prose.class),
                FieldChanges.between(json("{\"summary\": \"" + eighty + "\"}"),
                        json("{\"summary\": \"" + eighty + "y\"}"), SCHEMA).stream().map(Object::getClass).toList(),
                "81 characters make prose; the old one had 80");
        assertEquals(List.of(new Change.Field("Summary", "x".repeat(79), eighty)),
                FieldChanges.between(json("{\"summary\": \"" + "x".repeat(79) + "\"}"),
                        json("{\"summary\": \"" + eighty + "\"}"), SCHEMA));
    }

    @Test
    void nothingChangedIsNoChange() {
        assertEquals(List.of(), FieldChanges.between(json("{\"a\": 1, \"b\": [1]}"), json("{\"b\": [1], \"a\": 1}"),
                SCHEMA));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
