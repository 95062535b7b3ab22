package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.Git;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cited version stays retrievable: a researcher notes a record's revision from its
 * cite.json, an editor corrects the record and commits, and the old revision is still published
 * at its version URL, with a history that says what changed. Each test makes its own repository
 * with JGit, from the "history" fixture.
 */
class VersionHistoryTest {
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

    @Test
    void aCorrectedRecordKeepsTheRevisionThatWasCited() throws IOException {
        build();
        String cited = url(out.resolve("aid/kazakhstan/cite.json"));
        Matcher version = Pattern.compile("https://example\\.org/aid/kazakhstan/v/([0-9a-f]{12})/").matcher(cited);
        assertTrue(version.matches(), "cite.json names the version URL: " + cited);
        String before = version.group(1);

        edit(RECORD, "value: 4500000, currency: USD, text: \"$4.5 million\"",
                "value: 4600000, currency: USD, text: \"$4.6 million\"");
        edit(RECORD, "sources: [China Brief 2010]", "sources: [China Brief 2010, Eurasia Daily Monitor]");
        git.commitAll("2025-02-03", "Correct the Kazakh figure");
        build();

        Document old = page("aid/kazakhstan/v/" + before + "/");
        assertTrue(old.text().contains("$4.5 million"), "the cited revision shows what was cited");
        assertFalse(old.text().contains("$4.6 million"), "and not the correction");
        assertTrue(old.selectFirst(".version-notice").text().contains("10 January 2024"), "dated by its commit");
        assertEquals("/aid/kazakhstan/", old.selectFirst(".version-notice a").attr("href"), "links the current page");
        assertTrue(old.select(".version-notice a").eachAttr("href").contains("/aid/kazakhstan/history/#r-" + before),
                "and what changed since");

        String now = url(out.resolve("aid/kazakhstan/cite.json"));
        assertNotEquals(cited, now, "the new cite.json names the new version");
        String after = now.replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
        assertTrue(page("aid/kazakhstan/v/" + after + "/").text().contains("$4.6 million"));
        assertTrue(Files.readString(out.resolve("aid/kazakhstan/cite.bib")).contains("url = {" + now + "}"));
        assertTrue(Files.readString(out.resolve("aid/kazakhstan/cite.ris")).contains("UR  - " + now));
        assertTrue(Files.readString(out.resolve("aid/kazakhstan/cite.json"))
                .contains("Permalink (latest revision): https://example.org/aid/kazakhstan/"), "the permalink beside it");

        Document current = page("aid/kazakhstan/");
        assertTrue(current.select(".cite-meta a").eachAttr("href").contains("/aid/kazakhstan/history/"),
                "the page links its history next to its last change");

        Document history = page("aid/kazakhstan/history/");
        List<String> entries = history.select(".history-entry").eachAttr("id");
        assertEquals(List.of("r-" + after, "r-" + before), entries, "newest first");
        String change = history.getElementById("r-" + after).text();
        assertTrue(change.contains("US dollar value: $4.5 million → $4.6 million"), change);
        assertTrue(change.contains("Sources: added Eurasia Daily Monitor"), change);
        assertTrue(change.contains("Correct the Kazakh figure"), "the commit's subject");
        assertTrue(change.contains("3 February 2025"), change);
        assertTrue(history.getElementById("r-" + before).text().contains("First published"));
    }

    /**
     * A page where a collection is published, in a git work tree: an error naming both, as outside
     * git, never an internal error from the history meeting two revisions at one path.
     */
    @Test
    void aPageOnACollectionsPathIsAnErrorInGitToo() throws IOException {
        build();
        Files.writeString(root.resolve("content/aid.md"), "---\ntitle: Aid, as a page\n---\nText.\n");
        BuildRun run = BuildRun.build(root, out);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("content/aid.md:1:1: two pages are published at /aid/: this page and the collection made from "
                + "content/dossier.yaml; rename the page's file, or give the collection another url: in "
                + "content/dossier.yaml", run.err().lines().findFirst().orElse(""));
        git.commitAll("2024-02-01", "Commit the clash");
        run = BuildRun.build(root, out);
        assertEquals(1, run.exitCode(), run.err());
        // The committed state is also a past state that does not build: a warning beside the error.
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith("content/aid.md:1:1: two pages are published at "
                + "/aid/")), run.err());
    }

    @Test
    void aVersionIsItsOwnCanonicalPageAndStaysOutOfSearch() throws IOException {
        build();
        String revision = url(out.resolve("aid/kazakhstan/cite.json")).replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
        Document version = page("aid/kazakhstan/v/" + revision + "/");
        String self = "https://example.org/aid/kazakhstan/v/" + revision + "/";
        assertEquals(self, version.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", version.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(Files.isRegularFile(out.resolve("aid/kazakhstan/v/" + revision + "/cite.json")));
        assertEquals(self, url(out.resolve("aid/kazakhstan/v/" + revision + "/cite.json")));
        assertEquals("Cite this version", version.selectFirst("#cite-heading").text());
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/v/"), "no version in the sitemap");
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/history/"), "no history in the sitemap");
        assertFalse(Files.readString(out.resolve("search-index.json")).contains("/v/"), "nor in the search index");
        assertEquals("https://example.org/aid/kazakhstan/", page("aid/kazakhstan/")
                .selectFirst("link[rel=canonical]").attr("href"), "the page is canonical at its permalink");
    }

    @Test
    void aCommitThatChangesNothingAPageShowsMakesNoRevisionOfIt() throws IOException {
        edit("content/about.md", "Each record names its source.", "Each record names its sources.");
        Files.writeString(root.resolve("README.md"), "not content\n");
        git.commitAll("2024-03-01", "Reword the about page");
        build();
        assertEquals(1, page("aid/kazakhstan/history/").select(".history-entry").size(),
                "the record did not change");
        Document about = page("about/history/");
        assertEquals(2, about.select(".history-entry").size());
        assertEquals("sources", about.select(".history-after ins").text(), about.select(".history").html());
        assertEquals("source", about.select(".history-before del").text());
        assertEquals(2, Files.list(out.resolve("about/v")).count(), "each revision of the page has its version");
    }

    @Test
    void aRenamedRecordKeepsItsOldVersionsAndHistory() throws IOException {
        build();
        String before = url(out.resolve("aid/kazakhstan/cite.json")).replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
        Files.move(root.resolve(RECORD), root.resolve("content/aid/kazakhstan-1997.yaml"));
        Files.writeString(root.resolve("content/aid/kazakhstan-1997.yaml"), "aliases: [/aid/kazakhstan/]\n"
                + Files.readString(root.resolve("content/aid/kazakhstan-1997.yaml")));
        git.commitAll("2024-05-06", "Name the record by its period");
        build();
        assertTrue(page("aid/kazakhstan/v/" + before + "/").text().contains("$4.5 million"),
                "the old version is still at its URL");
        Document history = page("aid/kazakhstan-1997/history/");
        assertEquals(2, history.select(".history-entry").size(), history.select(".history").html());
        assertTrue(history.select(".history-entry a").eachAttr("href").contains("/aid/kazakhstan/v/" + before + "/"),
                "the history of the renamed record lists the revision it had under its old name");
    }

    @Test
    void theLedgerCatchesAVersionLostToARewrittenHistory() throws IOException {
        String before = revisionAfterBuild();
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        git.commitAll("2024-02-01", "Word the figure as the source does");
        BuildRun ledger = BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger");
        assertEquals(0, ledger.exitCode(), ledger.err());
        String listed = Files.readString(root.resolve("content/published-urls.txt"));
        assertTrue(listed.contains("/aid/kazakhstan/v/" + before + "/"), listed);
        git.commitAll("2024-02-02", "Update the ledger");

        git.squash("2024-02-03");
        BuildRun lost = BuildRun.build(root, out);
        assertEquals(1, lost.exitCode(), lost.err());
        assertTrue(lost.err().contains("content/published-urls.txt:"), lost.err());
        assertTrue(lost.err().contains("the published version /aid/kazakhstan/v/" + before + "/ is no longer produced"),
                lost.err());
        assertTrue(lost.err().contains("a squash or a rebase of published commits loses it); restore the history"),
                "says why and how to get the history back: " + lost.err());
    }

    @Test
    void aShallowCloneCannotPublishTheOlderVersionsTheLedgerLists() throws Exception {
        String before = revisionAfterBuild();
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        git.commitAll("2024-02-01", "Word the figure as the source does");
        assertEquals(0, BuildRun.of("build", "--root", root.toString(), "--out", out.toString(), "--update-ledger")
                .exitCode());
        git.commitAll("2024-02-02", "Update the ledger");
        Path clone = temp.resolve("clone");
        org.eclipse.jgit.api.Git.cloneRepository().setURI(root.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call().close();
        BuildRun shallow = BuildRun.build(clone, temp.resolve("clone-site"));
        assertEquals(1, shallow.exitCode(), shallow.err());
        assertTrue(shallow.problems().size() >= 2, "the old versions of the record, of its collection, which "
                + "listed it, and of the pages that list all content: " + shallow.err());
        assertTrue(shallow.err().contains("/aid/v/"), shallow.err());
        assertTrue(shallow.problems().stream().allMatch(line -> line.contains("this clone is shallow")
                && line.contains("fetch-depth: 0")), "says the clone is shallow and how to fetch: " + shallow.err());
        assertTrue(shallow.err().contains("/aid/kazakhstan/v/" + before + "/ is no longer produced"), shallow.err());
    }

    @Test
    void anUnchangedHistoryRendersNoVersionAgain() {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        git.commitAll("2024-02-01", "Word the figure as the source does");
        BuildRun first = BuildRun.of("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().matches("(?s).*and (\\d+) page versions \\(\\1 rendered\\).*"), first.out());
        BuildRun second = BuildRun.of("build", "--root", root.toString(), "--out", out.toString());
        assertTrue(second.out().matches("(?s).*and \\d+ page versions \\(0 rendered\\).*"), second.out());
        assertEquals(SiteFiles.snapshot(out), SiteFiles.snapshot(cleanBuild()), "the same bytes as a clean build");
    }

    @Test
    void anUncommittedEditIsPublishedAsAVersionOfItsOwn() throws IOException {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        build();
        String now = url(out.resolve("aid/kazakhstan/cite.json"));
        Document version = page(now.replace("https://example.org/", ""));
        assertTrue(version.text().contains("4.5 million dollars"));
        assertTrue(version.selectFirst(".version-notice").text().contains("not committed yet"));
        Document history = page("aid/kazakhstan/history/");
        assertTrue(history.select(".history-entry").first().text().contains("Not committed yet"));
    }

    @Test
    void serveShowsHistoriesAndVersions() throws Exception {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        git.commitAll("2024-02-01", "Word the figure as the source does");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (dossier.serve.LiveServer server = dossier.serve.LiveServer.start(root, 0, "/",
                new java.io.PrintWriter(new java.io.StringWriter()))) {
            String history = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                    + "aid/kazakhstan/history/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Document page = Jsoup.parse(history);
            assertEquals(2, page.select(".history-entry").size(), history);
            String oldest = page.select(".history-entry a").last().attr("href");
            var version = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                    + oldest.substring(1))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, version.statusCode(), oldest);
            assertTrue(version.body().contains("$4.5 million"), "the served version shows the old text");
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void theHistoryIsReadWithoutAGitBinary() throws Exception {
        edit(RECORD, "text: \"$4.5 million\"", "text: \"4.5 million dollars\"");
        git.commitAll("2024-02-01", "Word the figure as the source does");
        // A child JVM with an empty PATH: no git to run, as on a build machine with only a JDK.
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                "-Ddossier.launched=true", dossier.cli.Main.class.getName(), "build", "--root", root.toString(),
                "--out", out.toString(), "--quiet").redirectErrorStream(true);
        builder.environment().put("PATH", "");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertEquals(2, page("aid/kazakhstan/history/").select(".history-entry").size(), output);
    }

    @Test
    void aPageAlreadyPublishedWhereAHistoryWouldGoKeepsItsUrl() throws IOException {
        Files.writeString(root.resolve("content/history.md"), "---\ntitle: A short history of aid\n---\nSince 1993.\n");
        git.commitAll("2024-02-01", "A page on the history of aid");
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/history.md:1:1: warning: the history of / is not published: the page "
                + "content/history.md is published at /history/"),
                run.err());
        assertEquals("A short history of aid", page("history/").selectFirst("h1").text(), "the page keeps its URL");
        assertFalse(page("").select(".cite-meta a").eachAttr("href").contains("/history/"),
                "the home page links no history it does not have");
        assertTrue(Files.isRegularFile(out.resolve("about/history/index.html")), "the other pages have theirs");
    }

    // Found by trying the history as editors and researchers do: each of these failed on d3c17f7.

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
     * A chart's old version shows the values it had; its "Download the data (CSV)" link must give those
     * values too, not today's, or the data a researcher downloads contradicts the version they cite.
     */
    @Test
    void aChartVersionLinksTheDataItShows() throws IOException {
        Files.createDirectories(root.resolve("content/charts"));
        Files.writeString(root.resolve("content/charts/aid.yaml"), """
                title: Aid by recipient
                caption: US dollar values.
                type: bar
                collection: aid
                x: recipient
                value: usd.value
                unit: USD
                format: money
                """);
        git.commitAll("2024-01-11", "A chart of the aid");
        build();
        String before = JSON.readTree(out.resolve("charts/aid/cite.json").toFile()).get(0).path("URL").asText()
                .replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
        edit(RECORD, "value: 4500000", "value: 4600000");
        git.commitAll("2024-02-01", "Correct the figure");
        build();
        Document old = page("charts/aid/v/" + before + "/");
        assertTrue(old.select(".chart-table").text().contains("4.5 million"), old.select(".chart-table").text());
        String csvHref = old.selectFirst("a[href$=.csv]").attr("href");
        assertEquals("/charts/aid/v/" + before + "/aid.csv", csvHref);
        String csv = Files.readString(out.resolve(csvHref.replaceFirst("^/", "")));
        assertTrue(csv.contains("4500000") && !csv.contains("4600000"), "the CSV the old version links has its values: "
                + csv);
        assertTrue(old.select("script[type=application/ld+json]").html()
                .contains("https://example.org/charts/aid/v/" + before + "/aid.csv"), "so does its JSON-LD");
        assertTrue(Files.readString(out.resolve("charts/aid/aid.csv")).contains("4600000"), "today's data is today's");
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
        addCountries("Kazakhstan");
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

    @Test
    void aChangedReferenceReadsAsTheTitlesOfTheRecordsItNames() throws IOException {
        addCountries("Republic of Kazakhstan");
        edit(RECORD, "country: kazakhstan", "country: tajikistan");
        git.commitAll("2024-02-01", "The aid went to Tajikistan");
        build();
        String change = page("aid/kazakhstan/history/").select(".history-entry").first().text();
        assertTrue(change.contains("Country: Republic of Kazakhstan → Republic of Tajikistan"), change);
    }

    /**
     * A collection of countries, Kazakhstan titled as given, and a `country` reference (titled
     * "Country") from the Kazakh aid record to it, committed.
     */
    private void addCountries(String kazakhstan) throws IOException {
        Files.writeString(root.resolve("content/dossier.yaml"), Files.readString(root.resolve("content/dossier.yaml"))
                .replace("collections:\n", "collections:\n  - name: countries\n    title: Countries\n"));
        Files.createDirectories(root.resolve("content/countries"));
        Files.writeString(root.resolve("content/countries/kazakhstan.yaml"), "title: " + kazakhstan + "\n");
        Files.writeString(root.resolve("content/countries/tajikistan.yaml"), "title: Republic of Tajikistan\n");
        Files.writeString(root.resolve("content/schemas/countries.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "required": ["title"], "properties": {"title": {"type": "string"}}}
                """);
        String schema = Files.readString(root.resolve("content/schemas/aid.schema.json"));
        Files.writeString(root.resolve("content/schemas/aid.schema.json"), schema.replace(
                "\"recipient\": {\"type\": \"string\", \"title\": \"Recipient\"},",
                "\"recipient\": {\"type\": \"string\", \"title\": \"Recipient\"}, "
                        + "\"country\": {\"type\": \"string\", \"title\": \"Country\", \"x-ref\": \"countries\"},"));
        Files.writeString(root.resolve(RECORD), Files.readString(root.resolve(RECORD)) + "country: kazakhstan\n");
        git.commitAll("2024-01-11", "Countries");
    }

    private String revisionAfterBuild() throws IOException {
        build();
        return url(out.resolve("aid/kazakhstan/cite.json")).replaceAll(".*/v/([0-9a-f]{12})/$", "$1");
    }

    private void build() {
        BuildRun run = BuildRun.build(root, out);
        assertEquals(0, run.exitCode(), run.err());
    }

    private Path cleanBuild() {
        Path clean = temp.resolve("clean").resolve("site");
        BuildRun run = BuildRun.build(root, clean);
        assertEquals(0, run.exitCode(), run.err());
        return clean;
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

    private static String url(Path citeJson) throws IOException {
        JsonNode item = JSON.readTree(citeJson.toFile()).get(0);
        return item.path("URL").asText();
    }
}
