package dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A baseUrl that is no URL names the character where it stops being one, counted from 1. */
class ConfigUrlsTest {
    @Test
    void aBaseUrlThatIsNoUrlNamesTheCharacter() {
        assertEquals("baseUrl \"https://example.org/a b/\" is not a URL (Illegal character in path at character 22)",
                ConfigUrls.baseUrlFault("https://example.org/a b/").orElseThrow().message());
        assertEquals("baseUrl \" https://example.org/\" is not a URL (Illegal character in scheme name at character 1)",
                ConfigUrls.baseUrlFault(" https://example.org/").orElseThrow().message());
    }
}
