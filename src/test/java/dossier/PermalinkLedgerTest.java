package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published URLs stay published: renaming fails the build until an alias covers the old URL. */
class PermalinkLedgerTest {
    @TempDir
    Path temp;

    @Test
    void renamingARecordNeedsAnAliasAndTheAliasRedirects() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path out = temp.resolve("site");
        BuildRun first = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("added 12 new URL(s)"), first.out());
        List<String> ledger = Files.readAllLines(root.resolve("content/published-urls.txt"));
        assertTrue(ledger.contains("/events/meeting-one/"), String.join("\n", ledger));
        assertTrue(ledger.contains("/data/events.csv"));

        Files.move(root.resolve("content/events/meeting-one.yaml"), root.resolve("content/events/first-meeting.yaml"));
        Files.writeString(root.resolve("content/events/first-meeting.yaml"),
                Files.readString(root.resolve("content/events/first-meeting.yaml")).replace("id: meeting-one\n", ""));
        BuildRun renamed = BuildRun.build(root, out);
        assertEquals(1, renamed.exitCode());
        int line = ledger.indexOf("/events/meeting-one/") + 1;
        assertEquals(List.of("content/published-urls.txt:" + line + ":1: the published URL /events/meeting-one/ is no "
                + "longer produced; add `aliases: [/events/meeting-one/]` to the page or record that replaces it, "
                + "or restore it"), renamed.problems());
        assertTrue(Files.exists(out.resolve("events/meeting-one/index.html")), "the previous site is untouched");

        Files.writeString(root.resolve("content/events/first-meeting.yaml"), "aliases: [/events/meeting-one/]\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildRun aliased = BuildRun.build(root, out);
        assertEquals(0, aliased.exitCode(), aliased.err());
        String redirect = Files.readString(out.resolve("events/meeting-one/index.html"));
        assertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/sub/events/first-meeting/\">"),
                redirect);
        assertTrue(redirect.contains("<link rel=\"canonical\" href=\"https://example.org/sub/events/first-meeting/\">"));
        assertTrue(redirect.contains("<a href=\"/sub/events/first-meeting/\">"));
        assertEquals("/sub/events/meeting-one/ /sub/events/first-meeting/ 301\n",
                Files.readString(out.resolve("_redirects")));
    }

    @Test
    void anAliasThatCollidesWithAPageIsAnError() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Files.writeString(root.resolve("content/places/hill.yaml"), "aliases: [/places/harbour/]\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode());
        assertEquals(List.of("content/places/hill.yaml:3:11: the alias /places/harbour/ is also published by "
                + "content/places/harbour.yaml; an alias must be a URL that nothing else publishes"), run.problems());
    }
}
