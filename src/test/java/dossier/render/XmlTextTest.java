package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a value becomes in a sitemap or a feed: nothing in it can end an element or an attribute, or make the XML invalid. */
class XmlTextTest {
    @Test
    void markupCharactersAreEscapedAndApostrophesKept() {
        assertEquals("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; said &quot;it's&quot;",
                XmlText.INSTANCE.escapePlainText("<b>Tom & Jerry</b> said \"it's\""));
    }

    @Test
    void charactersXmlForbidsAreDroppedAndOthersKept() {
        assertEquals("ab\tc\nd\re", XmlText.INSTANCE.escapePlainText("a\u0001b\tc\nd\re\u0000"));
        assertEquals("xy", XmlText.INSTANCE.escapePlainText("x\uFFFEy\uFFFF"));
        assertEquals("lone", XmlText.INSTANCE.escapePlainText("lo\uD800ne"));
        // A character outside the Basic Multilingual Plane (a surrogate pair) is kept whole.
        assertEquals("map \uD83D\uDDFA", XmlText.INSTANCE.escapePlainText("map \uD83D\uDDFA"));
        assertEquals("Ürümqi – 乌鲁木齐", XmlText.INSTANCE.escapePlainText("Ürümqi – 乌鲁木齐"));
    }
}
