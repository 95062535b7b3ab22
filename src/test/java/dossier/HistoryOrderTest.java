package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input builds the same bytes, history pages included: the files one commit changed are
 * listed in the order of their paths, on every build and in every JVM. They once came in the
 * iteration order of a {@code Map.copyOf}, which each JVM seeds anew, so two builds in one JVM
 * agreed (the real dossier's byte-identity test builds twice in one) and two runs of the command did
 * not. From the "history" fixture, with one commit that adds, changes and removes records.
 */
class HistoryOrderTest {
    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void oneCommitChangesSeveralRecords() throws IOException {
        root = temp.resolve("dossier");
        SiteFiles.copyTree(SiteFiles.fixture("history"), root);
        for (String country : List.of("kyrgyzstan", "mongolia", "turkmenistan", "uzbekistan")) {
            record(country, "$1 million");
        }
        GitFolder git = GitFolder.init(root).commitAll("2024-01-10", "Aid to six countries");
        for (String country : List.of("uzbekistan", "kazakhstan", "tajikistan", "kyrgyzstan")) {
            record(country, "$2 million");
        }
        record("afghanistan", "$3 million");
        Files.delete(root.resolve("content/aid/mongolia.yaml"));
        git.commitAll("2024-02-01", "Correct four figures, add Afghanistan, take Mongolia out");
    }

    @Test
    void theRecordsOneCommitChangedAreListedInPathOrder() throws IOException {
        Path site = temp.resolve("site");
        BuildRun run = BuildRun.build(root, site);
        assertEquals(0, run.exitCode(), run.err());
        Element newest = Jsoup.parse(site.resolve("aid/history/index.html").toFile(), "UTF-8")
                .selectFirst(".history-entry");
        List<String> files = newest.select(".history-changes > li:has(> .history-status)").stream()
                .map(file -> file.selectFirst(".history-label").text() + " " + file.selectFirst(".history-status").text())
                .toList();
        assertEquals(List.of("Aid to Afghanistan (added)", "Aid to Kazakhstan (changed)", "Aid to Kyrgyzstan (changed)",
                "Aid to Mongolia (removed)", "Aid to Tajikistan (changed)", "Aid to Uzbekistan (changed)"), files,
                newest.outerHtml());
    }

    @Test
    @Tag("slow")
    void twoJavaMachinesBuildTheSameBytes() throws Exception {
        Path here = temp.resolve("here");
        BuildRun run = BuildRun.build(root, here);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> ours = SiteFiles.snapshot(here);
        Map<String, String> theirs = SiteFiles.snapshot(buildInChildJvm("there"));
        List<String> differing = ours.keySet().stream().filter(file -> !ours.get(file).equals(theirs.get(file)))
                .toList();
        assertEquals(List.of(), differing, "files that differ");
        assertEquals(ours.keySet(), theirs.keySet());
    }

    private void record(String country, String value) throws IOException {
        String name = country.substring(0, 1).toUpperCase() + country.substring(1);
        Path file = root.resolve("content/aid/" + country + ".yaml");
        Files.writeString(file, "title: Aid to " + name + "\nrecipient: " + name + "\nusd: {value: "
                + value.replaceAll("\\D", "") + "000000, currency: USD, text: \"" + value + "\"}\n"
                + "sources: [China Brief 2010]\n");
    }

    /** A build by the command line in a JVM of its own, with a hash seed of its own. */
    private Path buildInChildJvm(String name) throws Exception {
        Path site = temp.resolve(name);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Ddossier.launched=true", dossier.cli.Main.class.getName(), "build", "--root", root.toString(),
                "--out", site.toString(), "--quiet").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return site;
    }
}
