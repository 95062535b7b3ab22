package dossier.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * The Jackson readers and writers of the build, one configured set per format, shared. Readers and
 * writers are immutable; the mappers they come from stay private, so no caller can reconfigure them.
 * A use that needs another setting derives its own from these ({@code JSON_READER.with(...)}) where
 * it is used. YAML is read only by {@code dossier.yaml.YamlReader}, with the limits it sets.
 */
public final class Jackson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** JSON read as Jackson's defaults read it: trees, records and maps. */
    public static final ObjectReader JSON_READER = JSON.reader();
    /** JSON on one line, as scripts and caches read it. */
    public static final ObjectWriter JSON_WRITER = JSON.writer();
    /** JSON indented, as the downloads a reader may open are written (data exports, CSL-JSON). */
    public static final ObjectWriter JSON_INDENTED = JSON.writer(SerializationFeature.INDENT_OUTPUT);
    /** CSV; each use gives its columns with {@code CSV_WRITER.with(schema)}. */
    public static final ObjectWriter CSV_WRITER = new CsvMapper().writer();

    private Jackson() {}

    /** A value (maps, lists, numbers, strings) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
