package dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFragmentTest {
    @Test
    void theDirectivesOwnCharactersArePercentEncodedInTheTerms() {
        // "," separates start from end, "-" marks a prefix or suffix, "&" starts another directive.
        assertEquals("https://example.org/a#:~:text=fish%2C%20salt%20%26%20Zurich%2DNord,end",
                new TextFragment("fish, salt & Zurich-Nord", "end").on("https://example.org/a"));
    }

    @Test
    void nonAsciiIsEncodedAsUtf8AndUnreservedCharactersStay() {
        assertEquals("https://x.org/#:~:text=%E2%80%9CZ%C3%BCrich%E2%80%9D%20%E2%80%93%20(1995).%20it's!",
                new TextFragment("“Zürich” – (1995). it's!", "").on("https://x.org/"));
    }

    @Test
    void theUrlsOwnFragmentIsReplacedAndWhiteSpaceCollapsed() {
        assertEquals("https://x.org/p?q=1#:~:text=two%20words,last%20ones",
                new TextFragment("  two \n words ", "last\u00A0ones").on("https://x.org/p?q=1#top"));
    }

    @Test
    void withoutAnEndTheStartIsTheWholePassage() {
        assertEquals("https://x.org/#:~:text=short", new TextFragment("short", null).on("https://x.org/"));
    }
}
