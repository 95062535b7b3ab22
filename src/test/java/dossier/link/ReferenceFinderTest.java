package dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.content.Record;
import dossier.problem.Position;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References are found at any depth up to 32 schema steps, and a schema that refers to itself ends. */
class ReferenceFinderTest {
    /** A tree of "next" objects and nested lists, any level of which may hold a place. */
    private static final String SCHEMA = """
            {"$defs": {"list": {"items": {"anyOf": [{"$ref": "#/$defs/list"}, {"x-ref": "places"}]}}},
             "properties": {"next": {"$ref": "#"}, "place": {"x-ref": "places"}, "lists": {"$ref": "#/$defs/list"}}}""";

    private static List<Reference> found(String schema, String yaml) throws IOException {
        var document = ((YamlReader.Parsed) new YamlReader().read("content/items/a.yaml", yaml, 0)).document();
        JsonNode root = new ObjectMapper().readTree(schema);
        return new ReferenceFinder(root).find(new Record("items", "a", "content/items/a.yaml", document));
    }

    /** {@code place: x} below {@code levels} "next:" objects. */
    private static String nested(int levels) {
        return "next: {".repeat(levels) + "place: x" + "}".repeat(levels) + "\n";
    }

    @Test
    void aReferenceIsFoundWithItsPointerAndPosition() throws IOException {
        assertEquals(List.of(new Reference("items/a", "/next/place", "places/x",
                new Position("content/items/a.yaml", 2, 15))), found(SCHEMA, "title: T\nnext: {place: x}\n"));
    }

    @Test
    void objectsAreFollowedThirtyTwoSchemaStepsDeepAndNoFurther() throws IOException {
        // Each "next" level costs two steps (the property, then its $ref), the place one more.
        assertEquals("/next".repeat(15) + "/place", found(SCHEMA, nested(15)).get(0).pointer());
        assertEquals(List.of(), found(SCHEMA, nested(16)));
    }

    @Test
    void listsAreFollowedThirtyTwoSchemaStepsDeepAndNoFurther() throws IOException {
        // The list property and its $ref cost two steps; each level of list three (items, anyOf, $ref); the place two.
        // Depth 2 + 3 * 9 + 2 = 31 is found, depth 2 + 3 * 10 + 2 = 34 is not.
        assertEquals("/lists" + "/0".repeat(10), found(SCHEMA, "lists: " + "[".repeat(10) + "x" + "]".repeat(10))
                .get(0).pointer());
        assertEquals(List.of(), found(SCHEMA, "lists: " + "[".repeat(11) + "x" + "]".repeat(11)));
    }

    @Test
    void theLastStepIsTheThirtySecond() throws IOException {
        // A list of places under 15 "next" levels: 30 steps, the list property 31, its items 32.
        String schema = SCHEMA.replace("\"place\": {\"x-ref\": \"places\"}",
                "\"place\": {\"items\": {\"x-ref\": \"places\"}}");
        String fifteen = "next: {".repeat(15) + "place: [x]" + "}".repeat(15) + "\n";
        assertEquals("/next".repeat(15) + "/place/0", found(schema, fifteen).get(0).pointer());
        String sixteen = "next: {".repeat(16) + "place: [x]" + "}".repeat(16) + "\n";
        assertEquals(List.of(), found(schema, sixteen));
    }

    @Test
    void aSchemaThatRefersToItselfEnds() throws IOException {
        assertEquals(List.of(), found("{\"$ref\": \"#\", \"x-ref\": \"places\"}", "title: T\n"));
        assertEquals(List.of(), found("{\"allOf\": [{\"$ref\": \"#\"}]}", "title: T\n"));
    }

    @Test
    void theFieldOfAReferenceIsItsFirstSegmentUnescaped() {
        Position at = new Position("f", 1, 1);
        assertEquals("participants", new Reference("a/b", "/participants/2/country", "c/d", at).field());
        assertEquals("host", new Reference("a/b", "/host", "c/d", at).field());
        assertEquals("a/b~c", new Reference("a/b", "/a~1b~0c/0", "c/d", at).field());
        assertEquals("c", new Reference("a/b", "/host", "c/d", at).toCollection());
        assertEquals("a", new Reference("a/b", "/host", "c/d", at).fromCollection());
    }
}
