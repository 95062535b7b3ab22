package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A licence known neither by name nor as a URL: the build warns, and linked data names it without a link. */
class UnknownLicenceTest {
    @TempDir
    Path temp;

    @Test
    void theBuildWarnsAndLinkedDataNamesTheLicenceAsACreativeWork() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("meta-head"), root);
        Path config = root.resolve("content/dossier.yaml");
        Files.writeString(config, Files.readString(config).replace("license: CC BY-SA 4.0", "license: Crown copyright"));
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/dossier.yaml:9:10: warning: the licence \"Crown copyright\" is not a known "
                + "SPDX or Creative Commons name, so linked data names it without a link; give its URL (license: "
                + "https://...) or its SPDX id (license: CC-BY-4.0)"), run.err());
        Document page = Jsoup.parse(temp.resolve("site/routes/north/index.html").toFile());
        assertEquals("{\"@type\":\"CreativeWork\",\"name\":\"Crown copyright\"}", new ObjectMapper()
                .readTree(page.select("script[type=application/ld+json]").html()).path("license").toString());
        assertTrue(page.select("link[rel=license]").isEmpty(), "no link to a licence that has no URL");
        assertEquals("Crown copyright", page.select("meta[name=DC.rights]").attr("content"));
    }
}
