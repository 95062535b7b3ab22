package dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.content.Record;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** References behind a "$ref" to an anchor ("#person") are found; the reference used to crash the build. */
class ReferenceFinderAnchorTest {
    private static final String SCHEMA = """
            {"type": "object", "properties": {
              "author": {"$ref": "#person"},
              "editor": {"$ref": "#/$defs/person"},
              "other": {"$ref": "#nowhere"}},
             "$defs": {"person": {"$anchor": "person", "type": "string", "x-ref": "people"}}}""";

    @Test
    void aReferenceToAnAnchorLeadsToTheAnchoredSchema() throws IOException {
        ReferenceFinder finder = new ReferenceFinder(new ObjectMapper().readTree(SCHEMA));
        String text = "author: ann\neditor: bob\nother: cy\n";
        Record record = new Record("works", "w", "content/works/w.yaml",
                ((YamlReader.Parsed) new YamlReader().read("content/works/w.yaml", text, 0)).document());

        List<String> found = finder.find(record).stream().map(r -> r.pointer() + " -> " + r.to()).toList();

        assertEquals(List.of("/author -> people/ann", "/editor -> people/bob"), found);
    }
}
