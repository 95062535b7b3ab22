package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quick text renderer writes the same HTML as flexmark's own, with every combination of extensions. */
class TextRendererTest {
    private static final List<String> TRICKY = List.of(
            "Plain words only.\n",
            "Escaped \\*stars\\*, a \\\\ backslash and \\[brackets\\].\n",
            "Entities: &amp; &copy; &#35; &#x41; &nbsp; &bogus; and a lone & sign.\n",
            "Markup-like text: 1 < 2 > 0, \"quoted\" and 'single'.\n",
            "Windows lines\r\nsecond line\r\n\r\nnext paragraph\rold Mac line\n",
            "A NUL \u0000 inside.\n",
            "Tabs\tin\ttext and  two  spaces  \nhard break\n",
            "| a \\| b | c & d |\n|---|---|\n| <x> | \"y\" |\n",
            "Noted.[^1]\n\n[^1]: A note with &amp; and \\_.\n",
            "See https://example.org/?a=1&b=2 and www.example.org.\n",
            "# Heading & \"title\" <tag>\n\n## Another -- one...\n",
            "*emph & strong* **b < c** `code & <x>`\n",
            "Non-ASCII: Ürümqi, 中国, — and “quotes”.\n",
            "&#13;A carriage return &#13; and a line feed &#10; written as entities.\n",
            "Only a backslash \\ and nothing else special.\n",
            "Only an entity &copy; here.\n",
            "Only a quote \" here.\n",
            "Only a greater-than > here.\n",
            "");

    @Test
    void writesWhatFlexmarksOwnRendererWrites() throws IOException {
        List<String> texts = new ArrayList<>(TRICKY);
        for (Path folder : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        assertTrue(texts.size() > TRICKY.size() + 20, "the dossier's and the fixtures' Markdown are read");
        for (int mask : new int[] {0, 15}) {
            MutableDataSet options = MarkdownRenderer.options(mask);
            Parser parser = Parser.builder(options).build();
            HtmlRenderer flexmark = HtmlRenderer.builder(options).build();
            HtmlRenderer quick = HtmlRenderer.builder(options).nodeRendererFactory(TextRenderer.FACTORY).build();
            for (String text : texts) {
                Document document = parser.parse(text);
                assertEquals(flexmark.render(document), quick.render(document), "extensions " + mask + ": " + text);
            }
        }
    }
}
