package dossier.markdown;

import dossier.link.CitedPassage;
import dossier.problem.LineStarts;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{< cite <source-id> locator="…" start="…" end="…" quote="…" >}}} in a page's text: a
 * citation of a passage of a work, written inline (often in a footnote). Values are in double
 * quotes and hold no double quote; only {@code locator} is required.
 */
public final class CiteShortcodes {
    /** What every cite starts with; text without it has none. */
    static final String MARK = "cite";
    private static final Pattern OPENING = Pattern.compile("\\{\\{<[ \\t]*cite(?![A-Za-z0-9-])");
    private static final Pattern BODY = Pattern.compile(
            "[ \\t]+([a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?)((?:[ \\t]+[A-Za-z]+=\"(?:[^\"\\\\\\n]|\\\\[\"\\\\])*\")*)[ \\t]*>}}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[ \\t]+([A-Za-z]+)=\"((?:[^\"\\\\\\n]|\\\\[\"\\\\])*)\"");
    private static final Set<String> NAMES = Set.of("locator", "start", "end", "quote");
    private static final String FORM = "write {{< cite <source-id> locator=\"<section>, paragraph N\" "
            + "start=\"<first words>\" end=\"<last words>\" >}} on one line, each value in double quotes "
            + "(a double quote inside one as \\\", a backslash as \\\\)";

    /** A cite as written: its place in the text, and the citation or what is wrong with it. */
    public record Found(int offset, int length, Optional<CitedPassage> cite, List<Problem> problems) {
        public Found {
            problems = List.copyOf(problems);
        }
    }

    private CiteShortcodes() {}

    /**
     * @param file      the path shown in messages
     * @param firstLine the line of the file the text starts at
     */
    public static List<Found> find(String file, String text, int firstLine) {
        if (!text.contains(MarkdownRenderer.CHART_MARK)) {
            return List.of();
        }
        LineStarts lines = new LineStarts(text);
        List<Found> found = new ArrayList<>();
        Matcher opening = OPENING.matcher(text);
        CodeRanges code = CodeRanges.of(text);
        while (opening.find()) {
            int start = opening.start();
            if (code.contains(start)) {
                continue;
            }
            Position at = position(file, lines, firstLine, start);
            Matcher body = BODY.matcher(text).region(opening.end(), text.length());
            if (!body.lookingAt()) {
                int lineEnd = text.indexOf('\n', start);
                found.add(new Found(start, (lineEnd < 0 ? text.length() : lineEnd) - start, Optional.empty(),
                        List.of(Problem.at(at, "cannot read this cite", FORM))));
                continue;
            }
            found.add(parsed(file, lines, firstLine, start, body, at));
        }
        return found;
    }

    private static Found parsed(String file, LineStarts lines, int firstLine, int start, Matcher body,
                                Position at) {
        List<Problem> problems = new ArrayList<>();
        Map<String, CitedPassage.Part> values = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(body.group(2));
        int base = body.start(2);
        while (attribute.find()) {
            String name = attribute.group(1);
            Position valueAt = position(file, lines, firstLine, base + attribute.start(2));
            if (!NAMES.contains(name)) {
                problems.add(Problem.at(position(file, lines, firstLine, base + attribute.start(1)),
                        "a cite has no attribute \"" + name + "\"", "use locator, start, end and quote"));
            } else if (values.putIfAbsent(name, new CitedPassage.Part(unescaped(attribute.group(2)), valueAt)) != null) {
                problems.add(Problem.at(valueAt, "\"" + name + "\" is given twice in this cite", "keep one"));
            }
        }
        if (!values.containsKey("locator") || values.get("locator").text().isBlank()) {
            problems.add(Problem.at(at, "this cite has no locator",
                    "add locator=\"<section>, paragraph N\" or locator=\"Endnote N\": where in the source"));
        }
        if (values.containsKey("end") && !values.containsKey("start")) {
            problems.add(Problem.at(values.get("end").at(), "this cite has an end but no start",
                    "add start=\"<first words of the passage>\""));
        }
        Optional<CitedPassage> cite = problems.isEmpty()
                ? Optional.of(new CitedPassage(body.group(1), at, values.get("locator"),
                        Optional.ofNullable(values.get("start")), Optional.ofNullable(values.get("end")),
                        Optional.ofNullable(values.get("quote"))))
                : Optional.empty();
        return new Found(start, body.end() - start, cite, problems);
    }

    /** A value as written, with \" and \\ read as the characters they stand for. */
    private static String unescaped(String value) {
        return value.indexOf('\\') < 0 ? value : value.replaceAll("\\\\([\"\\\\])", "$1");
    }

    private static Position position(String file, LineStarts lines, int firstLine, int offset) {
        return new Position(file, firstLine + lines.lineOf(offset), lines.columnOf(offset));
    }
}
