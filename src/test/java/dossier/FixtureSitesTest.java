package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each folder under {@code src/test/resources/sites/} is a small dossier with the result it must
 * give: {@code expected-problems.txt} (the exact error lines, exit code 1, no site written) or
 * {@code expected/} (files the built site must contain, byte for byte).
 */
class FixtureSitesTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFixtureSiteGivesItsExpectedResult() throws IOException, URISyntaxException {
        Path sites = Path.of(getClass().getResource("/sites").toURI());
        List<Path> cases;
        try (Stream<Path> list = Files.list(sites)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no fixture sites found");
        return cases.stream().map(root -> DynamicTest.dynamicTest(root.getFileName().toString(), () -> check(root)));
    }

    private void check(Path fixture) throws IOException {
        // A copy outside git: dates then come from the content alone, as on any machine.
        Path root = temp.resolve(fixture.getFileName().toString()).resolve("root");
        SiteFiles.copyTree(fixture, root);
        Path out = temp.resolve(fixture.getFileName().toString()).resolve("site");
        // A fixture's source-texts/ stand outside the dossier, as a real dossier's copies of its sources do.
        Path texts = temp.resolve(fixture.getFileName().toString()).resolve("source-texts");
        BuildRun run;
        if (Files.isDirectory(root.resolve("source-texts"))) {
            Files.move(root.resolve("source-texts"), texts);
            run = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--quiet",
                    "--source-texts", texts.toString());
        } else {
            run = BuildRun.build(root, out);
        }
        Path expectedProblems = root.resolve("expected-problems.txt");
        if (Files.exists(expectedProblems)) {
            List<String> expected = Files.readAllLines(expectedProblems, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            assertEquals(String.join("\n", expected), String.join("\n", run.problems()), "error lines");
            assertEquals(1, run.exitCode(), "exit code");
            assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
            assertFalse(Files.exists(out), "a failed build must not create the site");
            return;
        }
        assertEquals(0, run.exitCode(), run.err());
        Path expected = root.resolve("expected");
        try (Stream<Path> walk = Files.walk(expected)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            assertFalse(files.isEmpty(), "the fixture names no expected page");
            for (Path file : files) {
                Path built = out.resolve(expected.relativize(file).toString());
                assertTrue(Files.exists(built), "missing " + built);
                assertEquals(Files.readString(file), Files.readString(built), "content of " + expected.relativize(file));
            }
        }
    }
}
