package dossier.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.history.Change;
import dossier.link.PageKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each commit did, kept beside the site for the next build, for the same generator only. */
class HistoryCacheTest {
    @TempDir
    Path temp;

    private static final CommitRecord RECORD = new CommitRecord("",
            Map.of("/a/", new CommitRecord.PageState("0123456789ab", PageKind.RECORD, "A", "content/a/x.yaml",
                    Map.of("content/a/x.yaml", "b10b"), "7ree")), List.of("/gone/"),
            List.of(new CommitRecord.NewRevision("/a/", "0123456789ab", false, List.of(
                    new Change.Field("Title", "Old", "New"),
                    new Change.Items("Sources", List.of("x"), List.of()),
                    new Change.Passage("<del>a</del>", "<ins>b</ins>"),
                    new Change.File("content/a/y.yaml", "Y", "changed", List.of(new Change.Field("T", "1", "2")))))));

    @Test
    void aSavedRecordIsReadBackAsItWas() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        HistoryCache first = HistoryCache.beside(site, "generator-1");
        assertEquals(Optional.empty(), first.get("c1"));
        first.put("c1", RECORD);
        first.save();
        assertEquals(Optional.of(RECORD), HistoryCache.beside(site, "generator-1").get("c1"));
        assertEquals(Optional.empty(), HistoryCache.beside(site, "generator-2").get("c1"),
                "another generator may analyse history otherwise");
    }

    @Test
    void anUnreadableCacheCostsOnlyAFullWalk() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(temp.resolve(".site.history"), "{not json");
        assertEquals(Optional.empty(), HistoryCache.beside(site, "g").get("c1"));
    }
}
