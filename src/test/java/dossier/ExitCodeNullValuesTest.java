package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Null values a schema allows are content the built-in record page shows as empty, not a template error. */
class ExitCodeNullValuesTest {
    @TempDir
    Path temp;

    @Test
    void theBuiltInRecordPageShowsNullValuesAsEmpty() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        // The fixture's own record template would hide the built-in one.
        Files.delete(root.resolve("templates/record.ftlh"));
        Files.writeString(root.resolve("content/schemas/places.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "required": ["name"], "properties": {"name": {"type": "string"},
                   "near": {"type": "string", "x-ref": "places"}}}
                """);
        Files.writeString(root.resolve("content/places/harbour.yaml"), """
                name: The harbour
                foo: [null, two]
                bar: {a: null, b: kept}
                sources: [{locator: null, title: Kept source}]
                when: {start: null}
                nothing: null
                """);
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(temp.resolve("site/places/harbour/index.html"));
        assertTrue(page.contains("<li></li><li>two</li>"), page);
        assertTrue(page.contains("<dt>A</dt><dd></dd><dt>B</dt><dd>kept</dd>"), page);
        assertTrue(page.contains("Kept source"), page);
    }
}
