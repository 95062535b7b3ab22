package dossier.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one published form of a site path: its length limits, its segments, and the file that publishes it. */
class SitePathsTest {
    private static Optional<String> problem(String path) {
        return SitePaths.folderProblem(path);
    }

    @Test
    void aSitePathStartsAndEndsWithASlash() {
        assertEquals(Optional.empty(), problem("/"));
        assertEquals(Optional.empty(), problem("/old/path/"));
        for (String path : new String[] {"old/path/", "/old/path", "", "old"}) {
            assertEquals(Optional.of("a site path starts and ends with \"/\""), problem(path), path);
        }
    }

    @Test
    void aSegmentMayHave255CharactersAndNoMore() {
        assertEquals(Optional.empty(), problem("/" + "a".repeat(255) + "/b/"));
        assertEquals(Optional.of("a segment is 256 characters long; a file system allows 255"),
                problem("/b/" + "a".repeat(256) + "/"));
    }

    @Test
    void aPathMayHave2048CharactersAndNoMore() {
        String segments = ("a".repeat(200) + "/").repeat(10); // 2,010 characters
        String longest = "/" + segments + "b".repeat(2048 - 2 - segments.length()) + "/";
        assertEquals(2048, longest.length());
        assertEquals(Optional.empty(), problem(longest));
        String longer = "/" + segments + "b".repeat(2049 - 2 - segments.length()) + "/";
        assertEquals(Optional.of("it is 2049 characters long; at most 2048 are allowed"), problem(longer));
    }

    @Test
    void emptyDotAndDotDotSegmentsAreNamed() {
        assertEquals(Optional.of("it has an empty segment (\"//\")"), problem("/a//b/"));
        assertEquals(Optional.of("it has an empty segment (\"//\")"), problem("//"));
        assertEquals(Optional.of("it has a \".\" segment, which would publish it somewhere else"), problem("/a/./"));
        assertEquals(Optional.of("it has a \"..\" segment, which would publish it somewhere else"),
                problem("/x/../items/"));
        assertEquals(Optional.empty(), problem("/.well-known/a..b/"));
    }

    @Test
    void aSegmentHoldsOnlyCharactersAUrlTakesUnencoded() {
        assertEquals(Optional.empty(), problem("/é-ü_~!$&'()*+,;=:@.x/2007/"));
        for (String bad : new String[] {"a b", "%2e%2e", "a?b", "a#b", "a\\b"}) {
            assertEquals(Optional.of("the segment \"" + bad + "\" holds a character a site path cannot have (a space,"
                    + " \"%\", \"?\", \"#\" or \"\\\")"), problem("/x/" + bad + "/"), bad);
        }
    }

    @Test
    void aFolderPathIsPublishedAsItsIndexPage() {
        assertEquals("a/b/index.html", SitePaths.outputFile("/a/b/"));
        assertEquals("index.html", SitePaths.outputFile("/"));
        assertEquals("404.html", SitePaths.outputFile("/404.html"));
    }

    @Test
    void onlyAFilePathInThePublishedFormIsWritten() {
        assertEquals("a/b/index.html", SitePaths.requireOutputFile("a/b/index.html"));
        assertEquals("a..b/.c", SitePaths.requireOutputFile("a..b/.c"));
        for (String bad : new String[] {"", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "..", "a\\b", "a/b\\c"}) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> SitePaths.requireOutputFile(bad), bad);
            assertEquals("not a published file path: " + bad, thrown.getMessage());
        }
    }
}
