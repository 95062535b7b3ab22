package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.check.LinkChecker;
import dossier.check.LinkExtractor;
import dossier.check.PageLinks;
import dossier.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Builds the dossier in this repository and checks the site a reader gets. */
@ExtendWith(SharedDossier.class)
class RealDossierTest {
    private static final List<String> COLLECTIONS = List.of("countries", "exercises", "aid", "training", "trade",
            "energy", "meetings", "organizations", "people", "sources");

    static Path site;

    @BeforeAll
    static void build(BuiltDossier real) {
        site = real.site();
    }

    @Test
    void theDossierHasAtLeastFortyPages() {
        assertTrue(htmlFiles().size() >= 40, "at least 40 pages, got " + htmlFiles().size());
    }

    @Test
    void everyInternalLinkAndAnchorResolvesOnDisk() throws IOException {
        List<PageLinks> pages = new ArrayList<>();
        for (Path file : htmlFiles()) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            pages.add(LinkExtractor.extract(relative, relative, Files.readString(file), Map.of()));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(site.relativize(f).toString().replace('\\', '/')));
        }
        List<Problem> broken = new LinkChecker(RealDossier.BASE_PATH, RealDossier.BASE_URL, "site").check(pages, files);
        assertEquals(List.of(), broken.stream().map(Problem::format).toList());
        long links = pages.stream().mapToLong(p -> p.links().size()).sum();
        assertTrue(links > 1000, "the pages link to each other: " + links + " links");
    }

    @Test
    void everyRecordPageNamesItsSources() throws IOException {
        for (String collection : COLLECTIONS) {
            if (collection.equals("sources")) {
                continue;
            }
            try (Stream<Path> list = Files.list(site.resolve(collection))) {
                // The collection's own history and versions sit beside its records.
                for (Path dir : list.filter(Files::isDirectory).filter(dir -> !Set.of("history", "v")
                        .contains(dir.getFileName().toString())).toList()) {
                    Document page = Jsoup.parse(dir.resolve("index.html").toFile());
                    assertFalse(page.select("#sources li a").isEmpty(), "no linked source on " + dir);
                }
            }
        }
    }

    @Test
    void eachSourcePageListsWhatCitesIt() throws IOException {
        Document article = Jsoup.parse(site.resolve("sources/china-brief-2010/index.html").toFile());
        assertTrue(article.select("#cited-by a").size() > 50, "the article is cited by most records");
        Document endnote = Jsoup.parse(site.resolve("sources/note-3-mcdermott-2007/index.html").toFile());
        assertTrue(endnote.select("#cited-by a").eachText().contains("Peace Mission 2007"));
    }

    @Test
    void everyCollectionHasItsDownloads() throws IOException {
        for (String collection : COLLECTIONS) {
            for (String suffix : List.of(".json", ".csv", ".schema.json")) {
                Path file = site.resolve("data/" + collection + suffix);
                assertTrue(Files.size(file) > 10, "missing or empty " + file);
            }
            Document index = Jsoup.parse(site.resolve(collection + "/index.html").toFile());
            assertEquals(3, index.select(".downloads a").size(), "downloads linked from " + collection);
        }
        String aid = Files.readString(site.resolve("data/aid.csv"));
        assertTrue(aid.lines().findFirst().orElse("").startsWith("id,url,title,donor,recipient"), aid);
        assertEquals(10, aid.lines().count(), "a header and nine aid records");
    }

    @Test
    void countryPagesAddUpWhatMayBeSummedAndSayWhatTheSumIs() throws IOException {
        Document kazakhstan = Jsoup.parse(site.resolve("countries/kazakhstan/index.html").toFile());
        // 30 million RMB ($4.5 million, as the source converts it) is counted; the overlapping
        // "one million dollars since 2000" is not.
        assertEquals("$4.5 million", kazakhstan.select("#aid tfoot td").text());
        // The periods of the two training records overlap: the sum of the one counted is a lower bound.
        assertEquals("at least 65", kazakhstan.select("#training tfoot td").text());
        assertTrue(kazakhstan.select("#training .note").text().contains("a lower bound, not a total"));
        Document kyrgyzstan = Jsoup.parse(site.resolve("countries/kyrgyzstan/index.html").toFile());
        // The source leaves open whether the 2008 delivery was part of the 2002 agreement: the sum says so.
        assertEquals("about $1.9 million", kyrgyzstan.select("#aid tfoot td").text());
        assertTrue(kyrgyzstan.select("#aid .note").text().contains("it may count that amount twice"));
    }

    private static List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
