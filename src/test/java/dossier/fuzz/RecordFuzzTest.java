package dossier.fuzz;

import static dossier.fuzz.FuzzProblems.wellFormed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.content.Record;
import dossier.io.SourceText;
import dossier.link.ReferenceFinder;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.util.List;

/**
 * Arbitrary bytes to the record loader: the only outcome besides a record is a documented content
 * error with a position, and no exception escapes. One fuzz test a class, so that CI fuzzes the
 * three classes of this package in parallel JVMs (Jazzer fuzzes one test a JVM; see pom.xml).
 */
class RecordFuzzTest {
    private static final YamlReader YAML = new YamlReader();
    private static final RecordSchema SCHEMA;

    static {
        try {
            SCHEMA = new RecordSchema(new ObjectMapper().readTree("""
                    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                     "additionalProperties": false, "required": ["title"],
                     "properties": {"title": {"type": "string"}, "year": {"type": "integer"},
                       "tag": {"enum": ["a", "b"]}, "link": {"type": "string", "x-ref": "items"},
                       "parts": {"type": "array", "items": {"type": "object",
                         "properties": {"item": {"type": "string", "x-ref": "items"}}}}}}"""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void recordLoaderAnswersWithProblemsOnly(byte[] bytes) {
        SourceText.Result text = SourceText.decode(bytes, "content/items/x.yaml");
        if (text instanceof SourceText.Unreadable unreadable) {
            wellFormed(List.of(unreadable.problem()));
            return;
        }
        YamlReader.Result read = YAML.read("content/items/x.yaml", ((SourceText.Text) text).text(), 0);
        if (read instanceof YamlReader.Failed failed) {
            wellFormed(List.of(failed.problem()));
            return;
        }
        var document = ((YamlReader.Parsed) read).document();
        if (!document.root().isObject()) {
            return;
        }
        wellFormed(SCHEMA.check(document.without(Record.ALIASES)));
        new ReferenceFinder(SCHEMA.source()).find(new Record("items", "x", "content/items/x.yaml", document))
                .forEach(reference -> assertTrue(reference.at().line() >= 1));
    }
}
