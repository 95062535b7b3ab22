package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects found by trying issue 15 as editors and researchers do (a tester's report): each test
 * failed on d3c17f7 and states what a reader or an editor expects. Repositories are made with JGit
 * from the "history" fixture, as in {@link VersionHistoryTest}.
 */
class VersionHistoryDefectsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD = "content/aid/kazakhstan.yaml";

    @TempDir
    Path temp;
    Path root;
    Path out;
    GitFolder git;

    @BeforeEach
    void repository() {
        root = temp.resolve("dossier");
        out = temp.resolve("site");
        SiteFiles.copyTree(SiteFiles.fixture("history"), root);
        git = GitFolder.init(root).commitAll("2024-01-10", "Record the aid the article names");
    }

    /**
     * An editor's `git pull` merges the published commits in as the SECOND parent of the merge;
     * pushing it makes main's first-parent line skip them. A revision published (and cited) from
     * one of those commits must stay at its URL: the commits are all in the repository.
     */
    @Test
    void aRevisionPublishedFromTheSecondParentOfAMergeStaysPublished() throws IOException, GitAPIException {
        ObjectId base;
        try (Git repo = Git.open(root.toFile())) {
            base = repo.getRepository().resolve("HEAD");
        }
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.6 million dollars\"");
        git.commitAll("2024-02-01", "C1: correct the figure");
        build();
        String cited = revision();
        edit(RECORD, "text: \"4.6 million dollars\"", "text: \"4.7 million dollars\"");
        git.commitAll("2024-03-01", "C2: correct it again");

        try (Git repo = Git.open(root.toFile())) {
            repo.checkout().setCreateBranch(true).setName("editor").setStartPoint(base.name()).call();
        }
        edit("content/aid/tajikistan.yaml", "recipient: Tajikistan", "recipient: Tajikistan (Dushanbe)");
        git.commitAll("2024-03-02", "L1: the editor's local change");
        try (Git repo = Git.open(root.toFile())) {
            repo.merge().include(repo.getRepository().resolve("main")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge branch 'main' into editor").call();
            repo.checkout().setName("main").call();
            repo.merge().include(repo.getRepository().resolve("editor"))
                    .setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
        }
        build();
        assertTrue(Files.isRegularFile(out.resolve("aid/kazakhstan/v/" + cited + "/index.html")),
                "the revision cited after C1 is still published after the merge");
    }

    /** A renamed page's old versions link "What changed since" and "All revisions" to the old history URL. */
    @Test
    void theOldVersionsOfARenamedRecordLinkToAHistoryThatExists() throws IOException {
        build();
        String before = revision();
        Files.move(root.resolve(RECORD), root.resolve("content/aid/kazakhstan-1997.yaml"));
        Files.writeString(root.resolve("content/aid/kazakhstan-1997.yaml"), "aliases: [/aid/kazakhstan/]\n"
                + Files.readString(root.resolve("content/aid/kazakhstan-1997.yaml")));
        git.commitAll("2024-05-06", "Name the record by its period");
        build();
        Document old = page("aid/kazakhstan/v/" + before + "/");
        for (String href : old.select(".version-notice a").eachAttr("href")) {
            String folder = href.replaceAll("#.*$", "").replaceFirst("^/", "");
            assertTrue(Files.isRegularFile(out.resolve(folder).resolve("index.html")),
                    "the old version's link " + href + " leads somewhere");
        }
    }

    /** After a rename the newest revision is no first publication: older revisions are listed below it. */
    @Test
    void theHistoryOfARenamedRecordDoesNotCallTheRenameItsFirstPublication() throws IOException {
        build();
        Files.move(root.resolve(RECORD), root.resolve("content/aid/kazakhstan-1997.yaml"));
        Files.writeString(root.resolve("content/aid/kazakhstan-1997.yaml"), "aliases: [/aid/kazakhstan/]\n"
                + Files.readString(root.resolve("content/aid/kazakhstan-1997.yaml")));
        git.commitAll("2024-05-06", "Name the record by its period");
        build();
        Document history = page("aid/kazakhstan-1997/history/");
        assertEquals(2, history.select(".history-entry").size());
        assertFalse(history.select(".history-entry").first().text().contains("First published"),
                history.select(".history-entry").first().text());
    }

    /** A → B → A: the history lists A twice; its entries' ids (the feed's and the notice's anchors) stay unique. */
    @Test
    void aRevertedRevisionGivesAHistoryWithUniqueIds() throws IOException {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.6 million dollars\"");
        git.commitAll("2024-02-01", "Correct the figure");
        edit(RECORD, "text: \"4.6 million dollars\"", "text: \"$4.5 million\"");
        git.commitAll("2024-02-02", "Revert \"Correct the figure\"");
        build();
        Document history = page("aid/kazakhstan/history/");
        List<String> ids = history.select("[id]").eachAttr("id");
        Set<String> unique = new HashSet<>(ids);
        assertEquals(unique.size(), ids.size(), "duplicate ids: " + ids);
    }

    /**
     * The README's workflow: build with --update-ledger, commit the ledger with the content. An editor
     * who builds with --update-ledger twice before committing (edit, build, edit again, build) must
     * not be locked out by the work tree's first, never committed revision.
     */
    @Test
    void updatingTheLedgerTwiceBeforeACommitKeepsTheBuildWorking() throws IOException {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.6 million dollars\"");
        BuildRun first = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger");
        assertEquals(0, first.exitCode(), first.err());
        edit(RECORD, "text: \"4.6 million dollars\"", "text: \"4.7 million dollars\"");
        BuildRun second = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger");
        assertEquals(0, second.exitCode(), second.err());
        git.commitAll("2024-02-01", "Correct the figure, with the ledger");
        BuildRun committed = BuildRun.build(root, out);
        assertEquals(0, committed.exitCode(), committed.err());
    }

    /**
     * A template that today's content renders but an old revision cannot (a field every record has now)
     * loses the old versions. The ledger error must say so and point at the template, not blame a
     * squash or a shallow clone and advise `git fetch --unshallow`, which cannot help.
     */
    @Test
    void aVersionLostToATemplateSaysSo() throws IOException {
        BuildRun ledger = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger");
        assertEquals(0, ledger.exitCode(), ledger.err());
        git.commitAll("2024-01-11", "Ledger");
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/aid.ftlh"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${page.title}</title></head>
                <body><main><h1>${page.title}</h1><p>Checked: ${record.fields.checked?c}</p></main></body></html>
                """);
        for (String file : List.of(RECORD, "content/aid/tajikistan.yaml")) {
            Files.writeString(root.resolve(file), Files.readString(root.resolve(file)) + "checked: true\n");
        }
        String schema = Files.readString(root.resolve("content/schemas/aid.schema.json"));
        Files.writeString(root.resolve("content/schemas/aid.schema.json"), schema.replace(
                "\"title\": {\"type\": \"string\", \"title\": \"Title\"},",
                "\"title\": {\"type\": \"string\", \"title\": \"Title\"}, \"checked\": {\"type\": \"boolean\"},"));
        git.commitAll("2024-02-01", "Every record says whether it was checked");
        BuildRun run = BuildRun.build(root, out);
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("fetch-depth: 0"), "no advice about clones: " + run.err());
        assertTrue(run.err().contains("templates/aid.ftlh"), "names the template: " + run.err());
        assertFalse(run.err().contains("broken link"), "the history pages' links to the lost versions are "
                + "no fault of theirs: " + run.err());
    }

    /** `serve`: a commit made while serving shows in the histories (LiveServer reads the history on every build). */
    @Test
    void aCommitMadeWhileServingShowsInTheHistory() throws Exception {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.6 million dollars\"");
        java.io.StringWriter log = new java.io.StringWriter();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (dossier.serve.LiveServer server = dossier.serve.LiveServer.start(root, 0, "/",
                new java.io.PrintWriter(log, true))) {
            java.net.URI history = java.net.URI.create(server.url() + "aid/kazakhstan/history/");
            assertTrue(get(http, history).contains("Not committed yet"));
            git.commitAll("2024-02-01", "Correct the figure while serving");
            String body = "";
            for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
                body = get(http, history);
                if (body.contains("Correct the figure while serving")) {
                    break;
                }
            }
            assertTrue(body.contains("Correct the figure while serving"), "within 20 s of the commit: " + log);
        }
    }

    private static String get(java.net.http.HttpClient http, java.net.URI uri) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * A page shows other records (a country page lists the aid it received, by title). When one of them
     * changes, the page the reader sees changes; "This version" in its cite panel and cite.json must
     * then name a version that shows what the reader sees, not the version from before the change.
     */
    @Test
    void theVersionAPageCitesShowsWhatThePageShows() throws IOException {
        Files.writeString(root.resolve("content/dossier.yaml"), Files.readString(root.resolve("content/dossier.yaml"))
                .replace("collections:\n", "collections:\n  - name: countries\n    title: Countries\n"));
        Files.createDirectories(root.resolve("content/countries"));
        Files.writeString(root.resolve("content/countries/kazakhstan.yaml"), "title: Kazakhstan\n");
        Files.writeString(root.resolve("content/schemas/countries.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "required": ["title"], "properties": {"title": {"type": "string"}}}
                """);
        String schema = Files.readString(root.resolve("content/schemas/aid.schema.json"));
        Files.writeString(root.resolve("content/schemas/aid.schema.json"), schema.replace(
                "\"recipient\": {\"type\": \"string\", \"title\": \"Recipient\"},",
                "\"recipient\": {\"type\": \"string\", \"title\": \"Recipient\"}, "
                        + "\"country\": {\"type\": \"string\", \"x-ref\": \"countries\"},"));
        Files.writeString(root.resolve(RECORD), Files.readString(root.resolve(RECORD)) + "country: kazakhstan\n");
        git.commitAll("2024-01-11", "Countries");
        build();
        assertTrue(page("countries/kazakhstan/").text().contains("Aid to Kazakhstan"), "the backlink shows");

        edit(RECORD, "title: Aid to Kazakhstan", "title: Equipment for Kazakhstan");
        git.commitAll("2024-02-01", "A better title");
        build();
        assertTrue(page("countries/kazakhstan/").text().contains("Equipment for Kazakhstan"), "the page shows the new title");
        String cited = JSON.readTree(out.resolve("countries/kazakhstan/cite.json").toFile()).get(0).path("URL").asText();
        Document version = page(cited.replace("https://example.org/", ""));
        assertTrue(version.text().contains("Equipment for Kazakhstan"),
                "the version " + cited + " that the page cites shows what the page shows: " + version.select("main").text());
    }

    private String revision() throws IOException {
        return JSON.readTree(out.resolve("aid/kazakhstan/cite.json").toFile()).get(0).path("URL").asText()
                .replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
    }

    private void build() {
        BuildRun run = BuildRun.build(root, out);
        assertEquals(0, run.exitCode(), run.err());
    }

    private void edit(String file, String from, String to) {
        try {
            String text = Files.readString(root.resolve(file));
            assertTrue(text.contains(from), file + " has " + from);
            Files.writeString(root.resolve(file), text.replace(from, to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Document page(String folder) throws IOException {
        Path file = out.resolve(folder).resolve("index.html");
        assertTrue(Files.isRegularFile(file), "published: " + folder);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
