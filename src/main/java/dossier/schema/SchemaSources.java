package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import dossier.io.RealPaths;
import dossier.yaml.YamlDocument;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
            Path file = RealPaths.of(Path.of(URI.create(iri)));
            return file.startsWith(RealPaths.of(folder.get())) && Files.isRegularFile(file) ? Optional.of(file)
                    : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
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
         * schema file. A reference that resolves to the address is preferred to one that only names
         * part of it (under another {@code $id}).
         */
        public Optional<String> pointerIn(JsonNode schema, URI base) {
            Optional<String> exact;
            try {
                URI refused = URI.create(iri);
                exact = find(schema, "", reference -> sameAddress(resolved(base, reference), refused));
            } catch (IllegalArgumentException e) {
                exact = Optional.empty();
            }
            return exact.or(() -> find(schema, "", reference -> iri.contains(reference)));
        }

        private static Optional<String> find(JsonNode node, String pointer, Predicate<String> leadsThere) {
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                String at = pointer + "/" + YamlDocument.segment(field.getKey());
                String reference = field.getValue().asText("").replaceFirst("#.*", "");
                if (REFERENCES.contains(field.getKey()) && field.getValue().isTextual() && !reference.isEmpty()
                        && leadsThere.test(reference)) {
                    return Optional.of(at);
                }
                Optional<String> inside = find(field.getValue(), at, leadsThere);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                Optional<String> inside = find(node.get(i), pointer + "/" + i, leadsThere);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }

        private static URI resolved(URI base, String reference) {
            try {
                return base.resolve(reference);
            } catch (IllegalArgumentException e) {
                return base; // not a URI: it leads nowhere in particular
            }
        }

        /** {@code file:/a} and {@code file:///a} are one address. */
        private static boolean sameAddress(URI one, URI other) {
            return Objects.equals(one.getScheme(), other.getScheme()) && Objects.equals(one.getHost(), other.getHost())
                    && one.getPort() == other.getPort()
                    && Objects.equals(one.normalize().getPath(), other.normalize().getPath());
        }
    }
}
