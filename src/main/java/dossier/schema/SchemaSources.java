package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import dossier.yaml.YamlDocument;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a schema's {@code $ref} and {@code $schema} may lead, as Hugo's security policy has it: to
 * the meta-schemas bundled with the validator and to files whose real path is inside the dossier's
 * schema folder; nowhere else. A build reads only the dossier's own files and reaches no network.
 * Given to the validator as its first loader, so its own loaders (which would open any URL) are
 * reached only for the bundled meta-schemas.
 */
public final class SchemaSources implements SchemaLoader {
    /** The validator maps {@code https://json-schema.org/draft/...} to these resources of its jar. */
    private static final Pattern BUNDLED_META_SCHEMA = Pattern.compile("classpath:draft(/|-0)[A-Za-z0-9/-]+");

    private static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef", "$recursiveRef", "$schema");

    private final Optional<Path> folder;

    private SchemaSources(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Only the bundled meta-schemas: for the schemas shipped in the jar. */
    public static SchemaSources bundledOnly() {
        return new SchemaSources(Optional.empty());
    }

    /** The bundled meta-schemas and the files below {@code folder} (its real path). */
    public static SchemaSources bundledAnd(Path folder) {
        return new SchemaSources(Optional.of(folder.toAbsolutePath().normalize()));
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        String text = iri.toString();
        if (BUNDLED_META_SCHEMA.matcher(text).matches() && !text.contains("..")) {
            return null; // the validator's class path loader reads it from its jar
        }
        Path file = inFolder(text).orElseThrow(() -> new RefusedSource(text));
        return () -> Files.newInputStream(file);
    }

    private Optional<Path> inFolder(String iri) {
        if (folder.isEmpty() || !iri.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(iri)).toRealPath();
            Path allowed = folder.get().toRealPath();
            return file.startsWith(allowed) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty(); // no such file, or no file URI: refused like any other address
        }
    }

    /** A {@code $ref} or {@code $schema} that leads outside what {@link SchemaSources} allows. */
    public static final class RefusedSource extends RuntimeException {
        private final String iri;

        RefusedSource(String iri) {
            super("the schema refers to " + iri + ", outside the dossier's schemas");
            this.iri = iri;
        }

        public String iri() {
            return iri;
        }

        /**
         * The JSON Pointer of the {@code $ref}, {@code $dynamicRef} or {@code $schema} in {@code schema}
         * (read from {@code base}) that leads to the refused address; empty when it came from another
         * schema file.
         */
        public Optional<String> pointerIn(JsonNode schema, URI base) {
            return pointerIn(schema, base, "");
        }

        private Optional<String> pointerIn(JsonNode node, URI base, String pointer) {
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                String at = pointer + "/" + YamlDocument.segment(field.getKey());
                if (REFERENCES.contains(field.getKey()) && field.getValue().isTextual()
                        && leadsHere(base, field.getValue().asText())) {
                    return Optional.of(at);
                }
                Optional<String> inside = pointerIn(field.getValue(), base, at);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            for (int i = 0; i < node.size() && node.isArray(); i++) {
                Optional<String> inside = pointerIn(node.get(i), base, pointer + "/" + i);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }

        private boolean leadsHere(URI base, String reference) {
            String withoutFragment = reference.replaceFirst("#.*", "");
            if (withoutFragment.isEmpty()) {
                return false;
            }
            try {
                return sameAddress(base.resolve(withoutFragment), URI.create(iri)) || iri.contains(withoutFragment);
            } catch (IllegalArgumentException e) {
                return iri.contains(withoutFragment);
            }
        }

        /** {@code file:/a} and {@code file:///a} are one address. */
        private static boolean sameAddress(URI one, URI other) {
            return java.util.Objects.equals(one.getScheme(), other.getScheme())
                    && java.util.Objects.equals(one.getHost(), other.getHost()) && one.getPort() == other.getPort()
                    && java.util.Objects.equals(one.normalize().getPath(), other.normalize().getPath());
        }
    }
}
