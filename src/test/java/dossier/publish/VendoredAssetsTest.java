package dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The files copied from npm packages into the built-in assets are the ones vendor.json names, byte for
 * byte: a changed file without a new record (or the reverse) fails here, not in a reader's browser.
 */
class VendoredAssetsTest {
    @Test
    void everyVendoredFileHasTheRecordedHashAndIsPublished() throws Exception {
        JsonNode record = new ObjectMapper().readTree(Assets.readResource("/dossier/assets/vendor.json"));
        assertFalse(record.path("files").isEmpty(), "vendor.json lists files");
        for (JsonNode file : record.path("files")) {
            String name = file.path("file").asText();
            byte[] bytes = Assets.readResource("/dossier/assets/" + name);
            String hash = HexFormat.of().formatHex(dossier.io.Sha256.digest().digest(bytes));
            assertEquals(file.path("sha256").asText(), hash, name + " is " + file.path("package").asText() + "@"
                    + file.path("version").asText() + " " + file.path("path").asText());
            assertTrue(Assets.builtIn().containsKey("assets/" + name), name + " is listed in index.txt");
            assertTrue(file.path("version").asText().matches("\\d+\\.\\d+\\.\\d+"), "a pinned version: " + name);
        }
    }
}
