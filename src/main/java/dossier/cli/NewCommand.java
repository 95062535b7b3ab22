package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.config.ConfigLoader;
import dossier.config.SegmentLength;
import dossier.config.SiteConfig;
import dossier.content.ContentLoader;
import dossier.content.FieldPaths;
import dossier.io.AtomicFiles;
import dossier.io.RealPaths;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier new <collection> <id>}: starts a record with the schema line editors need and
 * every required field, each with a comment saying what it takes. The build then names whatever
 * is still empty.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes content/<collection>/<id>.yaml with the collection's required fields.")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COLLECTION", description = "A collection declared in content/dossier.yaml.")
    private String collection;

    @Parameters(index = "1", paramLabel = "ID", description = "The record id: lowercase letters, digits and hyphens.")
    private String id;

    @CommandLine.Mixin
    private RootOption root;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() throws IOException {
        Path absolute = root.absolute();
        Problems problems = new Problems();
        Optional<SiteConfig> config = new ConfigLoader(new YamlReader()).load(absolute, problems);
        if (config.isEmpty()) {
            problems.sorted().stream().map(Problem::format).forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        var declared = config.get().collection(collection).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "no collection \"" + collection + "\"; content/dossier.yaml declares: "
                        + String.join(", ", config.get().collections().stream().map(c -> c.name()).toList())));
        if (!ContentLoader.ID.matcher(id).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "\"" + id + "\" is not a record id: use lowercase letters, digits and hyphens");
        }
        if (SegmentLength.isTooLong(id + ".yaml") || SegmentLength.tooLong(declared.permalinkOf(id)).isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the record id is too long: its file name "
                    + "and URL segments must fit in " + SegmentLength.MAX_BYTES + " bytes; choose a shorter id");
        }
        Path content = absolute.resolve("content");
        Path file = content.resolve(collection).resolve(id + ".yaml");
        // A link counts as taken, even to nothing: writing through it would create a file anywhere.
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + " exists already");
        }
        Path schemaFile = content.resolve(declared.schema());
        for (Path read : List.of(file, schemaFile)) {
            RealPaths.leavesFolder(absolute, read, content).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), problem.format());
            });
        }
        JsonNode schema = dossier.io.Jackson.JSON_READER.readTree(java.nio.file.Files.newInputStream(schemaFile));
        StringBuilder text = new StringBuilder("# yaml-language-server: $schema=")
                .append(file.getParent().relativize(schemaFile).toString().replace('\\', '/')).append('\n');
        fields(schema, schema, "", text);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.create(file, text.toString());
        } catch (IOException e) {
            // The folder is a link to nothing, a file, or out of reach: say so rather than fail inside.
            spec.commandLine().getErr().println("dossier: cannot write " + absolute.relativize(file) + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that "
                    + absolute.relativize(file.getParent()) + " is a folder you may write to");
            return 1;
        }
        spec.commandLine().getOut().println("dossier: wrote " + absolute.relativize(file)
                + "; fill in the fields, then build: it names what is still missing");
        return 0;
    }

    /** Writes every required property of an object schema, nesting into required objects and lists. */
    private static void fields(JsonNode root, JsonNode schema, String indent, StringBuilder text) {
        JsonNode object = FieldPaths.resolve(root, schema);
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        for (String name : required) {
            JsonNode property = FieldPaths.resolve(root, object.path("properties").path(name));
            String type = property.path("type").asText("value");
            if (property.has("enum")) {
                List<String> values = new ArrayList<>();
                property.get("enum").forEach(value -> values.add(value.asText()));
                type = "one of: " + String.join(", ", values);
            }
            String description = property.path("description").asText("");
            String reference = property.has("x-ref") ? ", the id of a record in " + property.get("x-ref").asText() : "";
            if (type.equals("object")) {
                text.append(indent).append(name).append(":\n");
                fields(root, property, indent + "  ", text);
            } else if (type.equals("array") && FieldPaths.resolve(root, property.path("items")).has("properties")) {
                text.append(indent).append(name).append(":\n").append(indent).append("  -");
                StringBuilder item = new StringBuilder();
                fields(root, property.path("items"), indent + "    ", item);
                text.append(item.length() > indent.length() + 4 ? " " + item.substring(indent.length() + 4) : "\n");
            } else {
                text.append(indent).append(name).append(":  # ").append(type).append(reference)
                        .append(description.isEmpty() ? "" : ": " + description).append('\n');
            }
        }
    }
}
