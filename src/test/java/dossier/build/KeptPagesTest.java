package dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.MarkdownDossier;
import dossier.SiteFiles;
import dossier.cite.UndatedFallback;
import dossier.history.GitHistory;
import dossier.output.MemorySite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page taken unchanged from the previous site costs no Markdown: what the build needs of it comes
 * from the render cache. A cache that cannot be trusted costs a full render, never a wrong site.
 */
class KeptPagesTest {
    private static final List<String> ALL = List.of("content/one.md", "content/three.md", "content/two.md");

    @TempDir
    Path temp;

    /** The Markdown files rendered, by every build of {@link #builder}. */
    private final List<String> renders = Collections.synchronizedList(new ArrayList<>());
    private final SiteBuilder builder = new SiteBuilder(GitHistory::of, false,
            () -> UndatedFallback.of(System.getenv(), Clock.systemUTC()), renders::add);

    @Test
    void anUnchangedPageIsNotParsed() {
        Path root = MarkdownDossier.write(temp.resolve("root"));
        Path out = temp.resolve("site");
        assertEquals(ALL, build(root, out), "a first build renders every page's Markdown");
        assertEquals(List.of(), build(root, out), "nothing changed: no Markdown rendered");

        MarkdownDossier.append(root, "content/one.md", "A line added.");
        assertEquals(List.of("content/one.md"), build(root, out), "the edited page alone");
        assertEquals(SiteFiles.snapshot(clean(root)), SiteFiles.snapshot(out));
    }

    @Test
    void aKeptPageStillHasItsLinksChecked() throws IOException {
        Path root = MarkdownDossier.write(temp.resolve("root"));
        Path out = temp.resolve("site");
        build(root, out);
        renders.clear();
        Files.delete(root.resolve("content/files/report.txt"));
        BuildResult result = builder.build(root, out);
        assertEquals(List.of(), renders, "two.md, which links the file, is kept");
        assertEquals(MarkdownDossier.REPORT_LINK, result.problems().get(0).format().substring(0,
                MarkdownDossier.REPORT_LINK.length()), "and its broken link is reported where its Markdown wrote it");
    }

    @Test
    void servingKeepsUnchangedPagesInMemoryWithoutParsingThem() {
        Path root = MarkdownDossier.write(temp.resolve("root"));
        MemorySite site = new MemorySite();
        assertTrue(builder.build(root, site, SiteBuilder.Options.DEFAULT).succeeded());
        renders.clear();
        MarkdownDossier.append(root, "content/three.md", "A line added.");
        assertTrue(builder.build(root, site, SiteBuilder.Options.DEFAULT).succeeded());
        assertEquals(List.of("content/three.md"), renders);
    }

    @Test
    void aCacheThatCannotBeTrustedCostsAFullRenderAndGivesTheSameSite() throws IOException {
        Path root = MarkdownDossier.write(temp.resolve("root"));
        Path out = temp.resolve("site");
        Path cache = temp.resolve(".site.cache");
        build(root, out);
        String good = Files.readString(cache);
        Map<String, String> expected = SiteFiles.snapshot(clean(root));
        Map<String, UnaryOperator<String>> damages = new TreeMap<>(Map.of(
                "cut in the middle of a line", text -> text.substring(0, text.length() / 2),
                "the old format (path, tab, fingerprint)", text -> text.lines().skip(1)
                        .map(line -> line.replaceAll("^\\{\"path\":\"([^\"]*)\",\"fingerprint\":\"([0-9a-f]*)\".*",
                                "$1\t$2")).reduce("", (all, line) -> all + line + "\n"),
                "a title left out", text -> text.replaceFirst("\"title\":\"[^\"]*\",", ""),
                "a link of the wrong shape", text -> text.replaceFirst("\"links\":\\[\\[", "\"links\":[{\"u\":"),
                "the format line alone", text -> text.lines().findFirst().orElseThrow() + "\n",
                "not UTF-8", text -> text.replaceFirst("Two", "\u00ff"),
                "empty", text -> ""));
        for (Map.Entry<String, UnaryOperator<String>> damage : damages.entrySet()) {
            String text = damage.getValue().apply(good);
            if (damage.getKey().equals("not UTF-8")) {
                Files.write(cache, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                Files.writeString(cache, text);
            }
            assertEquals(ALL, build(root, out), damage.getKey() + ": every page rendered again");
            assertEquals(expected, SiteFiles.snapshot(out), damage.getKey() + ": the site a clean build writes");
        }
    }

    /** Builds and returns the Markdown files rendered, sorted. */
    private List<String> build(Path root, Path out) {
        renders.clear();
        assertTrue(builder.build(root, out).succeeded());
        return renders.stream().sorted().toList();
    }

    private Path clean(Path root) {
        Path out = temp.resolve("clean-" + System.nanoTime()).resolve("site");
        assertTrue(new SiteBuilder().build(root, out).succeeded());
        return out;
    }
}
