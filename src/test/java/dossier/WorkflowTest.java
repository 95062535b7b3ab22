package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publishing workflow does what the README promises: test, build, check, deploy or upload. */
class WorkflowTest {
    private final JsonNode workflow = read();

    @Test
    void runsOnPushesToMainAndPullRequestsThatTouchTheDossier() {
        JsonNode on = workflow.path("on");
        assertEquals("main", on.path("push").path("branches").get(0).asText());
        for (JsonNode trigger : List.of(on.path("push"), on.path("pull_request"))) {
            assertEquals(List.of("content/**", "templates/**", "src/**", "pom.xml"), texts(trigger.path("paths")));
        }
    }

    @Test
    void buildsWithJdk17TheTestCommandAndTheLedgerCheck() throws IOException {
        List<JsonNode> steps = steps("build");
        JsonNode java = uses(steps, "actions/setup-java@");
        assertEquals("17", java.path("with").path("java-version").asText());
        assertEquals("maven", java.path("with").path("cache").asText());
        String testCommand = Files.readString(Path.of(".ci/run")).lines().filter(l -> l.startsWith("mvn "))
                .findFirst().orElseThrow();
        assertTrue(runs(steps).contains(testCommand), "the README's test command: " + testCommand);
        assertTrue(runs(steps).contains("mvn -B -DskipTests package"));
        assertTrue(steps.stream().anyMatch(step -> step.path("run").asText().equals("mvn -B -DskipTests package")
                && step.path("name").asText().contains("permalink ledger")), "the build checks the permalink ledger");
        assertEquals("pull_request", uses(steps, "actions/upload-artifact@").path("if").asText()
                .replaceAll(".*'(.*)'.*", "$1"));
        JsonNode pages = uses(steps, "actions/upload-pages-artifact@");
        assertEquals("site/", pages.path("with").path("path").asText());
        assertTrue(pages.path("if").asText().contains("push"));
    }

    @Test
    void deploysToGitHubPagesAfterTheBuildOnPushesOnly() {
        JsonNode deploy = workflow.path("jobs").path("deploy");
        assertEquals("build", deploy.path("needs").asText());
        assertTrue(deploy.path("if").asText().contains("push"));
        assertEquals("write", deploy.path("permissions").path("pages").asText());
        assertEquals("write", deploy.path("permissions").path("id-token").asText());
        uses(steps("deploy"), "actions/deploy-pages@");
    }

    private List<JsonNode> steps(String job) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path(job).path("steps").forEach(steps::add);
        assertTrue(!steps.isEmpty(), "job " + job + " has steps");
        return steps;
    }

    private static JsonNode uses(List<JsonNode> steps, String action) {
        return steps.stream().filter(step -> step.path("uses").asText().startsWith(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static List<String> runs(List<JsonNode> steps) {
        return steps.stream().map(step -> step.path("run").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/site.yml").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
