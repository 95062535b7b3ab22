package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that makes a library recurse too deeply (flexmark's and the schema validator's regular
 * expressions, a schema's reference loop, a template that calls itself) is a positioned content
 * error from {@code build} and {@code check}, never a StackOverflowError trace.
 */
class OverflowStackTest {
    @TempDir
    Path temp;

    @Test
    void markdownThatMakesTheParserRecurseIsAnErrorAtItsText() throws IOException {
        Path root = copy("minimal");
        page(root, "tag", "Some text\n\n<" + "a".repeat(2500) + ">\n");
        page(root, "backslashes", "[a](<" + "\\".repeat(10_000) + ">)\n");
        String hint = ": this text makes the Markdown parser recurse too deeply near here; break up the long tag,"
                + " link or run of characters that starts here";
        assertBothCommands(root, List.of("content/backslashes.md:5:1" + hint, "content/tag.md:7:1" + hint));
    }

    @Test
    void anAliasOfThousandsOfSegmentsIsAnErrorAtTheAlias() throws IOException {
        Path root = copy("minimal");
        Files.writeString(root.resolve("content/long.md"),
                "---\ntitle: long\naliases: [/" + "ab/".repeat(1500) + "]\n---\n\ntext\n");
        List<String> problems = runBoth(root);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("content/long.md:3:"), problems.get(0));
    }

    @Test
    void aSchemaPatternThatRecursesOverALongValueIsAnErrorAtTheRecord() throws IOException {
        Path root = copy("records");
        Files.writeString(root.resolve("content/schemas/places.schema.json"), """
                {"type": "object", "properties": {"name": {"type": "string", "pattern": "^(a|b)*$"},
                 "near": {"type": "string"}}}
                """);
        Files.writeString(root.resolve("content/places/hill.yaml"), "name: " + "ab".repeat(10_000) + "\n");
        Files.writeString(root.resolve("content/places/harbour.yaml"), "name: ab\n");
        assertBothCommands(root, List.of("content/places/hill.yaml:1:7: checking this against its schema recurses"
                + " too deeply (a pattern with a repeated group, applied to a very long value); shorten the long"
                + " value, or write the schema's pattern without a repeated group"));
    }

    @Test
    void aSchemaThatRefersToItselfIsAnErrorAtTheSchema() throws IOException {
        for (String schema : List.of("{\"$ref\": \"#\"}", "{\"$ref\": \"places.schema.json\"}",
                "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}")) {
            Path root = copy("records");
            Files.writeString(root.resolve("content/schemas/places.schema.json"), schema);
            // The records that refer to places are reported too, as for any schema that cannot be used.
            List<String> problems = runBoth(root).stream().filter(line -> line.startsWith("content/schemas/")).toList();
            assertEquals(List.of("content/schemas/places.schema.json:1:1: the schema refers to itself in a loop"
                    + " (a \"$ref\" that leads back to where it stands); let every \"$ref\" lead to a definition that"
                    + " does not refer back to it"), problems, schema);
            dossier.io.Folders.deleteTree(root);
        }
    }

    @Test
    void aTemplateThatCallsItselfIsAnErrorAtTheTemplate() throws IOException {
        for (String template : List.of("<#macro r><@r/></#macro><@r/>\n", "<#include \"page.ftlh\">\n",
                "<#function f n><#return f(n)></#function>${f(1)}\n")) {
            Path root = copy("minimal");
            Files.writeString(root.resolve("templates/page.ftlh"), template);
            BuildRun run = BuildRun.build(root, temp.resolve("site"));
            assertEquals(1, run.exitCode(), run.err());
            assertFalse(run.problems().isEmpty(), template);
            for (String problem : run.problems()) {
                assertEquals("templates/page.ftlh:1:1: this template calls itself too deeply (a macro, function or"
                        + " #include that never stops); give the recursion an end, or remove it", problem, template);
            }
            dossier.io.Folders.deleteTree(root);
        }
    }

    private void assertBothCommands(Path root, List<String> expected) {
        assertEquals(expected, runBoth(root));
    }

    /** The problems of build and of check, which must agree, with exit 1 and no trace. */
    private List<String> runBoth(Path root) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            BuildRun build = BuildRun.build(root, temp.resolve("site"));
            BuildRun check = BuildRun.of("check", "--root", root.toString());
            for (BuildRun run : List.of(build, check)) {
                assertEquals(1, run.exitCode(), run.err());
                assertFalse(run.err().contains("Exception") || run.err().contains("StackOverflow"), run.err());
            }
            assertEquals(build.problems(), check.problems());
            return build.problems();
        });
    }

    private Path copy(String fixture) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture(fixture), root);
        return root;
    }

    private static void page(Path root, String name, String body) throws IOException {
        Files.writeString(root.resolve("content/" + name + ".md"), "---\ntitle: " + name + "\n---\n\n" + body);
    }
}
