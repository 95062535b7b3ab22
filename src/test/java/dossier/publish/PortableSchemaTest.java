package dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a dossier's schema becomes when it is published inside another document. */
class PortableSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String portable(String schema) throws IOException {
        return PortableSchema.at("/$defs/record", JSON.readTree(schema), "self.json#/$defs/a"::equals).toString();
    }

    @Test
    void keepsOnlyStandardKeywordsAndSaysWhatXRefMeant() throws IOException {
        assertEquals("{\"type\":\"object\",\"properties\":{\"host\":{\"type\":\"string\",\"$comment\":\"the id of a"
                + " record of the collection \\\"countries\\\" (countries.json beside this file); the dossier's own"
                + " schema says \\\"x-ref\\\": \\\"countries\\\"; chosen by the editors\"}}}",
                portable("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"https://x.invalid/a\","
                        + " \"type\": \"object\", \"x-order\": [\"host\"], \"properties\": {\"host\": {\"type\":"
                        + " \"string\", \"x-ref\": \"countries\", \"$comment\": \"chosen by the editors\"}}}"));
    }

    @Test
    void localReferencesAndAnchorsPointIntoTheCopy() throws IOException {
        assertEquals("{\"anyOf\":[{\"$ref\":\"#/$defs/record/$defs/a\"},{\"$ref\":\"#/$defs/record\"},"
                + "{\"$ref\":\"#/$defs/record/$defs/b~1c\"},{\"$ref\":\"other.json#/$defs/a\"},{\"$ref\":\"#/$defs/record/$defs/a\"}],"
                + "\"$defs\":{\"a\":{\"type\":\"string\"},\"b/c\":{\"type\":\"number\"}}}",
                portable("{\"anyOf\": [{\"$ref\": \"#/$defs/a\"}, {\"$ref\": \"#\"}, {\"$ref\": \"#num\"},"
                        + " {\"$ref\": \"other.json#/$defs/a\"}, {\"$ref\": \"self.json#/$defs/a\"}],"
                        + " \"$defs\": {\"a\": {\"type\": \"string\"}, \"b/c\": {\"$anchor\": \"num\", \"type\": \"number\"}}}"));
    }

    @Test
    void anEmbeddedResourceKeepsItsOwnReferences() throws IOException {
        assertEquals("{\"items\":{\"$id\":\"https://x.invalid/inner\",\"$ref\":\"#/$defs/i\",\"$defs\":{\"i\":true}},"
                + "\"dependencies\":{\"a\":[\"b\"],\"c\":{\"$ref\":\"#/$defs/record/items\"}},\"not\":false}",
                portable("{\"items\": {\"$id\": \"https://x.invalid/inner\", \"$ref\": \"#/$defs/i\", \"$defs\": {\"i\": true}},"
                        + " \"dependencies\": {\"a\": [\"b\"], \"c\": {\"$ref\": \"#/items\"}}, \"not\": false}"));
    }

    @Test
    void dataValuesAreCopiedAsTheyAre() throws IOException {
        JsonNode copy = PortableSchema.at("/$defs/record", JSON.readTree(
                "{\"enum\": [{\"$ref\": \"#/x\", \"x-ref\": \"y\"}], \"default\": {\"x-ref\": 1}}"), reference -> false);
        assertEquals("{\"enum\":[{\"$ref\":\"#/x\",\"x-ref\":\"y\"}],\"default\":{\"x-ref\":1}}", copy.toString());
    }
}
