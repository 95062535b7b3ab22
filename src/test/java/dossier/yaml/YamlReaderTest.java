package dossier.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML as records and front matter are read: values of each type, their positions, and each error line. */
class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @TempDir
    Path temp;

    private YamlDocument parsed(String text, int lineOffset) {
        YamlReader.Result result = reader.read("f.yaml", text, lineOffset);
        assertTrue(result instanceof YamlReader.Parsed, () -> "not parsed: " + result);
        return ((YamlReader.Parsed) result).document();
    }

    private String error(String text, int lineOffset) {
        YamlReader.Result result = reader.read("f.yaml", text, lineOffset);
        assertTrue(result instanceof YamlReader.Failed, () -> "parsed: " + result);
        return ((YamlReader.Failed) result).problem().format();
    }

    @Test
    void everyScalarKeepsItsType() {
        JsonNode root = parsed("big: 999999999999999\nyear: 2007\nshare: 1.50\nyes: true\n"
                + "no: false\nnothing: null\nname: Aktau\n", 0).root();
        assertEquals(999_999_999_999_999L, root.get("big").longValue(), "the largest number a build accepts");
        assertTrue(root.get("big").isLong());
        assertTrue(root.get("year").isLong());
        assertEquals(2007, root.get("year").longValue());
        assertTrue(root.get("share").isBigDecimal());
        assertEquals(new BigDecimal("1.50"), root.get("share").decimalValue(), "the written precision is kept");
        assertTrue(root.get("yes").isBoolean());
        assertTrue(root.get("yes").booleanValue());
        assertTrue(root.get("no").isBoolean());
        assertFalse(root.get("no").booleanValue());
        assertTrue(root.get("nothing").isNull());
        assertEquals("Aktau", root.get("name").textValue());
        assertEquals("{\"x\":\"aGVsbG8=\"}", parsed("x: !!binary aGVsbG8=\n", 0).root().toString(),
                "a tagged value is read as its text");
    }

    @Test
    void valuesAndKeysKnowWhereTheyStandBelowTheFrontMatterFence() {
        YamlDocument document = parsed("title: T\nparts:\n  - name: a\n    year: 3\n  - [x, y]\n", 1);
        assertEquals("{\"title\":\"T\",\"parts\":[{\"name\":\"a\",\"year\":3},[\"x\",\"y\"]]}",
                document.root().toString());
        assertEquals(new Position("f.yaml", 2, 8), document.valueAt("/title"));
        assertEquals(new Position("f.yaml", 2, 1), document.keyAt("/title"));
        assertEquals(new Position("f.yaml", 5, 11), document.valueAt("/parts/0/year"));
        assertEquals(new Position("f.yaml", 5, 5), document.keyAt("/parts/0/year"));
        assertEquals(new Position("f.yaml", 6, 9), document.valueAt("/parts/1/1"));
        assertEquals(new Position("f.yaml", 6, 5), document.keyAt("/parts/1"), "an item has no key: its value");
        assertEquals(new Position("f.yaml", 5, 11), document.valueAt("/parts/0/year/deeper"), "nearest enclosing");
        assertEquals(new Position("f.yaml", 2, 1), document.valueAt("/absent"), "the document itself");
    }

    @Test
    void aDocumentWithoutPositionsFallsBackOnItsStart() {
        YamlDocument bare = new YamlDocument("g.yaml", parsed("a: 1\n", 0).root(), java.util.Map.of(),
                java.util.Map.of());
        assertEquals(new Position("g.yaml", 1, 1), bare.valueAt("/a"));
        assertEquals(new Position("g.yaml", 1, 1), bare.keyAt("/a"));
    }

    @Test
    void aFieldCanBeLeftOutKeepingEveryPosition() {
        YamlDocument document = parsed("aliases: [/old/]\ntitle: T\n", 0);
        YamlDocument without = document.without("aliases");
        assertEquals("{\"title\":\"T\"}", without.root().toString());
        assertEquals("{\"aliases\":[\"/old/\"],\"title\":\"T\"}", document.root().toString(), "the original is kept");
        assertEquals(new Position("f.yaml", 2, 8), without.valueAt("/title"));
        assertEquals("f.yaml", without.file());
        assertSame(without, without.without("aliases"));
    }

    @Test
    void keysWithSlashesAndTildesArePointerSegments() {
        assertEquals("a~1b~0c", YamlDocument.segment("a/b~c"));
        YamlDocument document = parsed("\"a/b~c\": 1\n", 0);
        assertEquals(new Position("f.yaml", 1, 10), document.valueAt("/a~1b~0c"));
    }

    @Test
    void anEmptyDocumentIsAnErrorAtItsFirstLine() {
        String empty = "f.yaml:3:1: the document is empty; write the record's fields as YAML, one `name: value` a line";
        assertEquals(empty, error("", 2));
        assertEquals(empty, error("# only a comment\n", 2));
    }

    @Test
    void aSecondDocumentIsAnErrorWhereItStarts() {
        assertEquals("f.yaml:5:1: more than one YAML document in the file; keep one record a file; remove the extra `---`",
                error("title: a\n---\ntitle: b\n", 2));
    }

    @Test
    void anAliasIsRefusedWhereItStands() {
        assertEquals("f.yaml:4:4: YAML aliases (*x) are not supported; write the value out in full instead of "
                + "referring to an anchor", error("a: &x 1\nb: *x\n", 2));
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStoppedWithTheContext() {
        String hint = "; check the indentation, quotes and brackets near this position";
        assertEquals("f.yaml:4:1: malformed YAML: found unexpected end of stream (while scanning a quoted scalar "
                + "that starts at line 3)" + hint, error("a: \"unclosed\n", 2));
        // A second ": " on a line: an unquoted value holding one, or a key indented under a value.
        String colon = "; a value holding \": \" must be quoted, as in title: \"Inn: a river\"; else check the "
                + "indentation near this position";
        assertEquals("f.yaml:3:11: malformed YAML: mapping values are not allowed here" + colon,
                error("title: Inn: a river\n", 2));
        assertEquals("f.yaml:4:3: malformed YAML: mapping values are not allowed here" + colon,
                error("a: 1\n b: 2\n", 2));
        assertEquals("f.yaml:3:4: malformed YAML: Expected a field name (Scalar value in YAML), got this instead: "
                + "<org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null, tag=null, implicit=true)>" + hint,
                error("? [a]\n: 1\n", 2));
    }

    @Test
    void aDuplicateKeyIsNamed() {
        String hint = "; check the indentation, quotes and brackets near this position";
        assertEquals("f.yaml:4:6: malformed YAML: duplicate key 'title'" + hint, error("title: a\ntitle: b\n", 2));
        assertEquals("f.yaml:3:4: malformed YAML: duplicate key 'b'" + hint, error("a:\n  b: 1\n  b: 2\n", 0));
    }

    @Test
    void anOversizedDocumentIsRefusedBeforeItIsParsed() {
        String text = "a: \"" + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\"\n";
        assertEquals("f.yaml:3:1: document is larger than 2000000 characters; split it into several records",
                error(text, 2));
    }

    @Test
    void aFileIsReadOrItsProblemIsAdded() throws IOException {
        Problems problems = new Problems();
        Path good = Files.writeString(temp.resolve("good.yaml"), "title: Good\n");
        Optional<YamlDocument> read = reader.readFile(good, "content/good.yaml", problems);
        assertTrue(problems.isEmpty());
        assertEquals("content/good.yaml", read.orElseThrow().file());
        assertEquals("Good", read.orElseThrow().root().get("title").asText());

        Path bad = Files.writeString(temp.resolve("bad.yaml"), "title: [\n");
        assertTrue(reader.readFile(bad, "content/bad.yaml", problems).isEmpty());
        Path latin1 = Files.write(temp.resolve("latin1.yaml"), new byte[] {'t', ':', ' ', (byte) 0xe9, '\n'});
        assertTrue(reader.readFile(latin1, "content/latin1.yaml", problems).isEmpty());
        List<String> lines = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("content/bad.yaml:2:1: malformed YAML: "), lines::toString);
        assertTrue(lines.get(1).startsWith("content/latin1.yaml:1:"), lines::toString);
    }
}
