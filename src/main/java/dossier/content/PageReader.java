package dossier.content;

import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a Markdown file into checked front matter and body. */
public final class PageReader {
    /** Front matter: a first line "---", YAML, then a line "---" or "...". */
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R(.*?)(?:^|\\R)(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)", Pattern.DOTALL | Pattern.MULTILINE);

    private final YamlReader yaml;
    private final RecordSchema frontMatterSchema;
    /** The fields the front matter schema names: read from it once, not for every page. */
    private final java.util.Set<String> fields = new java.util.TreeSet<>();

    public PageReader(YamlReader yaml, RecordSchema frontMatterSchema) {
        this.yaml = yaml;
        this.frontMatterSchema = frontMatterSchema;
        frontMatterSchema.source().path("properties").fieldNames().forEachRemaining(fields::add);
    }

    /** A page's text split into its front matter's YAML and its body, if it has front matter. */
    public static Optional<Map.Entry<String, String>> frontMatterAndBody(String text) {
        Matcher matcher = FRONT_MATTER.matcher(text);
        return matcher.find() ? Optional.of(Map.entry(matcher.group(1), text.substring(matcher.end())))
                : Optional.empty();
    }

    /** Splits and checks a page's text; empty with the reasons in {@code problems} when it is malformed. */
    public Optional<Page> parse(String text, String shownAs, String sitePath, Problems problems) {
        Matcher matcher = FRONT_MATTER.matcher(text);
        if (!matcher.find()) {
            String hint = text.startsWith("---")
                    ? "close the front matter with a line `---`"
                    : "start the file with a `---` line, `title: ...`, and another `---` line";
            problems.add(new Problem(shownAs, 1, 1, "missing front matter", hint));
            return Optional.empty();
        }
        String yamlText = matcher.group(1);
        YamlReader.Result result = yaml.read(shownAs, yamlText.isBlank() ? "{}" : yamlText, 1);
        if (result instanceof YamlReader.Failed failed) {
            problems.add(failed.problem());
            return Optional.empty();
        }
        YamlDocument document = ((YamlReader.Parsed) result).document();
        if (!document.root().isObject()) {
            problems.add(new Problem(shownAs, 2, 1, "front matter must be `key: value` pairs",
                    "write at least `title: ...`"));
            return Optional.empty();
        }
        List<Problem> invalid = new ArrayList<>(frontMatterSchema.check(document));
        invalid.addAll(DateValues.inFrontMatter(document));
        if (!invalid.isEmpty()) {
            problems.addAll(invalid);
            return Optional.empty();
        }
        misspelt(document, problems);
        FrontMatter front = FrontMatter.of(document);
        SitePaths.checkAliases(front.aliases(), problems);
        int bodyLine = 1 + (int) text.substring(0, matcher.end()).chars().filter(c -> c == '\n').count();
        return Optional.of(new Page(shownAs, sitePath, front,
                text.substring(matcher.end()), bodyLine));
    }

    /**
     * A field the front matter does not know but nearly spells ({@code darft: true}) is a warning:
     * templates may read fields of their own ({@code page.params}), so an unknown name is no error,
     * but one a letter or two from {@code draft} would publish what the author meant to hold back.
     */
    private void misspelt(YamlDocument document, Problems problems) {
        document.root().fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                dossier.schema.DidYouMean.nearest(name, fields).ifPresent(meant -> problems.warn(Problem.at(
                        document.keyAt("/" + YamlDocument.segment(name)), "the front matter has no field \"" + name
                                + "\", so it means nothing to the build (a template may still read it as page.params)",
                        "did you mean \"" + meant + "\"? correct it; a field of your own needs a name further from \""
                                + meant + "\"")));
            }
        });
    }
}
