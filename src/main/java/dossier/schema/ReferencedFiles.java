package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import dossier.io.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema files a schema refers to, directly or through one another, read through the same
 * {@link SchemaSources} as the validator read them: so that a published copy can carry them along.
 */
final class ReferencedFiles {
    private static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef");

    private ReferencedFiles() {
    }

    static List<SchemaFile> of(JsonNode schema, URI location, SchemaSources sources) {
        URI self = withoutFragment(location);
        Map<URI, JsonNode> found = new LinkedHashMap<>();
        Deque<Map.Entry<URI, JsonNode>> unread = new ArrayDeque<>(List.of(Map.entry(self, schema)));
        while (!unread.isEmpty()) {
            Map.Entry<URI, JsonNode> next = unread.poll();
            for (String reference : references(next.getValue(), new ArrayList<>())) {
                try {
                    URI target = target(next.getKey(), next.getValue(), reference);
                    if ("file".equals(target.getScheme()) && !target.equals(self) && !found.containsKey(target)) {
                        JsonNode read = read(target, sources);
                        found.put(target, read);
                        unread.add(Map.entry(target, read));
                    }
                } catch (IllegalArgumentException | IOException | SchemaSources.RefusedSource e) {
                    // Not a reference the validator followed (a "$ref" member of an enum value, say): nothing to carry.
                }
            }
        }
        Path folder = Path.of(self).getParent();
        return found.entrySet().stream().map(file -> new SchemaFile(
                folder.relativize(Path.of(file.getKey())).toString().replace('\\', '/'), file.getValue())).toList();
    }

    /**
     * The document {@code reference} leads to from {@code schema}, read from {@code location}.
     *
     * @throws IllegalArgumentException when the reference or the schema's $id is no URI
     */
    static URI target(URI location, JsonNode schema, String reference) {
        String id = schema.path("$id").asText("");
        URI base = id.isEmpty() ? location : location.resolve(id);
        return withoutFragment(base.resolve(reference));
    }

    /** Every reference to another document, wherever it stands. */
    private static List<String> references(JsonNode node, List<String> found) {
        node.properties().forEach(member -> {
            if (REFERENCES.contains(member.getKey()) && member.getValue().isTextual()
                    && !member.getValue().asText().startsWith("#")) {
                found.add(member.getValue().asText());
            }
        });
        node.forEach(inside -> references(inside, found));
        return found;
    }

    private static JsonNode read(URI file, SchemaSources sources) throws IOException {
        InputStreamSource source = sources.getSchema(AbsoluteIri.of(file.toString()));
        if (source == null) {
            throw new IOException("not a file of the dossier: " + file);
        }
        try (InputStream in = source.getInputStream()) {
            return Jackson.JSON_READER.readTree(in);
        }
    }

    static URI withoutFragment(URI uri) {
        return URI.create(uri.toString().replaceFirst("#.*", ""));
    }
}
