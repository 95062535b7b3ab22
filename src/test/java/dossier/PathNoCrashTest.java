package dossier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.output.MemorySite;
import dossier.build.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No path a contributor can write (an alias, a page or file name, a symbolic link) makes a build
 * crash: each gives a site or positioned errors, never exit 3 or a stack trace, on disk and in memory
 * (what {@code serve} builds).
 */
class PathNoCrashTest {
    private static final List<String> NAMES = List.of("sitemap.xml", "feed.xml", "robots.txt", "404.html",
            "_redirects", "search-index.json", "index.html", "data/items.json", "data/items.csv",
            "data/items.schema.json", "assets/dossier.js", "assets/chart.umd.js", "assets/lunr.min.js",
            "items/alpha/index.html", "items/alpha/cite.bib", "assets", "data", "items");

    @TempDir
    Path temp;

    interface Setup {
        void apply(Path root) throws IOException;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<String> aliases = new ArrayList<>(List.of("/../../escaped/", "/x/../items/alpha/", "/./", "/a/./b/",
                "/%2e%2e/escaped/", "/a\\b/", "/", "/items/", "/assets/", "/data/", "/charts/", "/a//b/", "//"));
        NAMES.forEach(name -> aliases.add("/" + name + "/"));
        for (String alias : aliases) {
            cases.add(Arguments.of("page alias " + alias, (Setup) root -> Files.writeString(root.resolve(
                    "content/moved.md"), "---\ntitle: Moved\naliases: ['" + alias + "']\n---\nMoved.\n")));
            cases.add(Arguments.of("record alias " + alias, (Setup) root -> Files.writeString(root.resolve(
                    "content/items/beta.yaml"), "title: Beta\naliases: ['" + alias + "']\n")));
        }
        for (String name : NAMES) {
            cases.add(Arguments.of("page " + name + ".md", (Setup) root -> write(root.resolve("content/" + name
                    + ".md"), "---\ntitle: Named like a generated file\n---\nText.\n")));
            cases.add(Arguments.of("static file " + name, (Setup) root -> {
                if (!Files.isDirectory(root.resolve("content/" + name))) {
                    write(root.resolve("content/" + name), "static\n");
                }
            }));
        }
        cases.add(Arguments.of("a file where a page needs a folder", (Setup) root -> {
            write(root.resolve("content/about.md"), "---\ntitle: About\n---\nText.\n");
            write(root.resolve("content/about"), "static\n");
        }));
        cases.add(Arguments.of("search index and a file of its name", (Setup) root -> {
            Files.writeString(root.resolve("content/dossier.yaml"), "search: true\n", java.nio.file.StandardOpenOption
                    .APPEND);
            write(root.resolve("content/search-index.json"), "{}\n");
        }));
        for (String target : List.of("..", ".", "/", "../.env", "../../", "nothing", "items")) {
            cases.add(Arguments.of("content link to " + target, (Setup) root -> Files.createSymbolicLink(
                    root.resolve("content/link"), Path.of(target))));
            cases.add(Arguments.of("asset link to " + target, (Setup) root -> {
                Files.createDirectories(root.resolve("templates/assets"));
                Files.createSymbolicLink(root.resolve("templates/assets/link"), Path.of(target));
            }));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesASiteOrPositionedErrors(String name, Setup setup) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("error-paths-dot-segments"), root);
        Files.delete(root.resolve("content/moved.md"));
        Files.delete(root.resolve("content/items/beta.yaml"));
        Files.delete(root.resolve("expected-problems.txt"));
        Files.writeString(root.resolve(".env"), "TOKEN=secret\n");
        setup.apply(root);

        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, name + ": exit " + run.exitCode() + "\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error")
                || run.err().contains("\tat "), run.err());
        for (String line : run.problems()) {
            assertTrue(line.matches("(content|templates)/\\S*:\\d+:\\d+: .+"), "positioned: " + line);
        }
        assertDoesNotThrow(() -> new SiteBuilder().build(root, new MemorySite(), SiteBuilder.Options.DEFAULT));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
