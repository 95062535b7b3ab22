package dossier.check;

import java.util.ArrayList;
import java.util.HashSet;
import dossier.problem.Position;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the anchors and links of an HTML page, with positions. */
public final class LinkExtractor {
    private LinkExtractor() {}

    public static PageLinks extract(String file, String source, String html, Map<String, Position> sourcePositions) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> ids = new HashSet<>();
        List<PageLinks.Link> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                ids.add(element.attr("id"));
            }
            if (element.nameIs("a") && element.hasAttr("name")) {
                ids.add(element.attr("name"));
            }
            for (String attribute : new String[] {"href", "src"}) {
                if (element.hasAttr(attribute)) {
                    var start = element.sourceRange().start();
                    links.add(new PageLinks.Link(element.attr(attribute), start.lineNumber(), start.columnNumber()));
                }
            }
        }
        return new PageLinks(file, source, ids, links, sourcePositions);
    }
}
