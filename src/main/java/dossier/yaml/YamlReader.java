package dossier.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dossier.problem.Position;
import dossier.io.SourceText;
import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a {@link YamlDocument} with positions, or into one {@link Problem}.
 * Aliases (and so alias bombs) and oversized documents are refused before they cost memory.
 */
public final class YamlReader {
    /** Largest document accepted, in code points; records and front matter are far smaller. */
    public static final int MAX_CODE_POINTS = 2_000_000;
    /** Lists and maps inside each other; the Markdown guards allow as many levels. */
    static final int MAX_DEPTH = 100;

    /*
     * No snakeyaml LoaderOptions: Jackson reads YAML as a stream of events, and the loader's limits
     * (aliases, nesting, duplicate keys) act only when snakeyaml builds a tree itself. Here the
     * Builder refuses every alias, Jackson's StreamReadConstraints stop nesting past 1,000 levels,
     * STRICT_DUPLICATE_DETECTION refuses a key written twice, and read() refuses a document over
     * MAX_CODE_POINTS before it is parsed.
     */
    private final YAMLFactory factory = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);

    /** The outcome of reading one document. */
    public sealed interface Result permits Parsed, Failed {}

    public record Parsed(YamlDocument document) implements Result {}

    public record Failed(Problem problem) implements Result {}

    /** Reads a whole YAML file; empty with the reason added to {@code problems} when it fails. */
    public Optional<YamlDocument> readFile(Path path, String shownAs, Problems problems) {
        SourceText.Result text = SourceText.read(path, shownAs);
        if (text instanceof SourceText.Unreadable unreadable) {
            problems.add(unreadable.problem());
            return Optional.empty();
        }
        return parse(shownAs, ((SourceText.Text) text).text(), problems);
    }

    /** Reads a whole YAML file's text; empty with the reason added to {@code problems} when it fails. */
    public Optional<YamlDocument> parse(String shownAs, String text, Problems problems) {
        Result result = read(shownAs, text, 0);
        if (result instanceof Failed failed) {
            problems.add(failed.problem());
            return Optional.empty();
        }
        return Optional.of(((Parsed) result).document());
    }

    /**
     * @param file       the path shown in messages
     * @param text       the YAML text
     * @param lineOffset lines before {@code text} in the file (front matter starts below its fence)
     */
    public Result read(String file, String text, int lineOffset) {
        Optional<Problem> oversized = oversized(file, text, lineOffset);
        if (oversized.isPresent()) {
            return new Failed(oversized.get());
        }
        Builder builder = new Builder(file, lineOffset);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Failed(new Problem(file, 1 + lineOffset, 1, "the document is empty",
                        "write the record's fields as YAML, one `name: value` a line"));
            }
            JsonNode root = builder.value(parser, "", 0);
            if (parser.nextToken() != null) {
                return new Failed(builder.problemAt(parser.currentTokenLocation(),
                        "more than one YAML document in the file", "keep one record a file; remove the extra `---`"));
            }
            return new Parsed(new YamlDocument(file, root, builder.values, builder.keys));
        } catch (Refused e) {
            return new Failed(e.problem);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                Position at = new Position(file, yaml.getProblemMark().getLine() + 1 + lineOffset,
                        yaml.getProblemMark().getColumn() + 1);
                String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                        : " (" + yaml.getContext() + " that starts at line "
                                + (yaml.getContextMark().getLine() + 1 + lineOffset) + ")";
                return new Failed(Problem.at(at, "malformed YAML: " + firstLine(yaml.getProblem()) + context,
                        hint(yaml.getProblem())));
            }
            return new Failed(builder.problemAt(e.getLocation(), "malformed YAML: " + describe(e),
                    "check the indentation, quotes and brackets near this position"));
        } catch (IOException | RuntimeException e) {
            return new Failed(new Problem(file, 1 + lineOffset, 1, "unreadable YAML: " + firstLine(e.getMessage()),
                    "check the file's syntax"));
        }
    }

    /** Why {@code text} is too large to parse, counted in characters (code points), not UTF-16 units. */
    static Optional<Problem> oversized(String file, String text, int lineOffset) {
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return Optional.empty();
        }
        return Optional.of(new Problem(file, 1 + lineOffset, 1, "document is larger than " + MAX_CODE_POINTS
                + " characters", "split it into several records"));
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return "duplicate key " + message.substring(message.indexOf('\''));
        }
        return firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("in 'reader'") && !trimmed.startsWith("at [Source")) {
                return trimmed;
            }
        }
        return "syntax error";
    }

    /** Carries the problem of a refused alias or number out of the recursive tree builder. */
    private static final class Refused extends IOException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null);
            this.problem = problem;
        }
    }

    /** Builds the tree from the token stream, noting where each value and key begins. */
    private final class Builder {
        private final String file;
        private final int lineOffset;
        private final Map<String, Position> values = new HashMap<>();
        private final Map<String, Position> keys = new HashMap<>();

        Builder(String file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        Position position(JsonLocation location) {
            if (location == null || location.getLineNr() < 1) {
                return new Position(file, 1 + lineOffset, 1);
            }
            return new Position(file, location.getLineNr() + lineOffset, Math.max(location.getColumnNr(), 1));
        }

        Problem problemAt(JsonLocation location, String message, String hint) {
            return Problem.at(position(location), message, hint);
        }

        private JsonNode inRange(JsonParser parser, JsonNode number) throws IOException {
            Optional<Problem> refused = NumberRange.check(number.decimalValue(), parser.getText(),
                    position(parser.currentTokenLocation()));
            if (refused.isPresent()) {
                throw new Refused(refused.get());
            }
            return number;
        }

        JsonNode value(JsonParser parser, String pointer, int depth) throws IOException {
            values.put(pointer, position(parser.currentTokenLocation()));
            if (depth > MAX_DEPTH && parser.currentToken().isStructStart()) {
                // Refused here, at the value, before the parser's own far deeper limit (which has no position).
                throw new Refused(Problem.at(position(parser.currentTokenLocation()),
                        "values are nested more than " + MAX_DEPTH + " levels deep",
                        "flatten the record: a record is a few levels of fields and lists"));
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson would silently read an alias as its name; refusing it also stops alias bombs.
                throw new Refused(Problem.at(position(parser.currentTokenLocation()),
                        "YAML aliases (*" + parser.getText() + ") are not supported",
                        "write the value out in full instead of referring to an anchor"));
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = pointer + "/" + YamlDocument.segment(name);
                        keys.put(child, position(parser.currentTokenLocation()));
                        parser.nextToken();
                        object.set(name, value(parser, child, depth + 1));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(parser, pointer + "/" + index++, depth + 1));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return nodes.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return inRange(parser, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? nodes.numberNode(parser.getBigIntegerValue())
                            : nodes.numberNode(parser.getLongValue()));
                }
                case VALUE_NUMBER_FLOAT -> {
                    return inRange(parser, nodes.numberNode(parser.getDecimalValue()));
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                default -> {
                    return nodes.textNode(parser.getText());
                }
            }
        }
    }

    /**
     * How to mend a malformed YAML text. SnakeYAML's "mapping values are not allowed here" is nearly
     * always a value holding ": " ({@code title: Inn: a river}), which YAML reads as a second key.
     */
    static String hint(String problem) {
        return String.valueOf(problem).startsWith("mapping values are not allowed")
                ? "a value holding \": \" must be quoted, as in title: \"Inn: a river\"; else check the indentation"
                        + " near this position"
                : "check the indentation, quotes and brackets near this position";
    }
}
