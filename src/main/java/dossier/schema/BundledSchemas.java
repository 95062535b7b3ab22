package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.io.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The schemas that ship inside the jar: the site config and Markdown front matter. */
public final class BundledSchemas {
    private BundledSchemas() {}

    public static RecordSchema config() {
        return new RecordSchema(load("/dossier/config.schema.json"));
    }

    public static RecordSchema chart() {
        return new RecordSchema(load("/dossier/chart.schema.json"));
    }

    public static RecordSchema frontMatter() {
        return new RecordSchema(load("/dossier/frontmatter.schema.json"));
    }

    private static JsonNode load(String resource) {
        try (InputStream in = BundledSchemas.class.getResourceAsStream(resource)) {
            return Jackson.JSON_READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the jar lacks " + resource, e);
        }
    }
}
