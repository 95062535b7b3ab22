package dossier.site;

import dossier.config.SiteConfig;
import dossier.link.PageKind;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** sitemap.xml (every canonical page), feed.xml (Atom, by last change) and robots.txt. */
final class SiteIndexes {
    private static final int FEED_ENTRIES = 100;
    private static final Set<PageKind> IN_FEED = EnumSet.of(PageKind.PAGE, PageKind.RECORD, PageKind.CHART);
    private static final Set<PageKind> NOT_LISTED = EnumSet.of(PageKind.NOT_FOUND, PageKind.CHART_EMBED);
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private SiteIndexes() {}

    static void write(SiteConfig config, List<RenderedPage> pages, SiteWriter out) {
        // Neither the page-not-found page nor a chart's embed page (noindex, canonical to the chart) is listed.
        List<RenderedPage> sorted = pages.stream().filter(p -> !NOT_LISTED.contains(p.kind()))
                .sorted(Comparator.comparing(RenderedPage::sitePath)).toList();
        out.write("sitemap.xml", sitemap(config, sorted));
        out.write("feed.xml", feed(config, sorted));
        out.write("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + config.absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sitemap(SiteConfig config, List<RenderedPage> pages) {
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (RenderedPage page : pages) {
                xml.writeStartElement("url");
                element(xml, "loc", config.absolute(page.sitePath()));
                if (page.lastChanged().isPresent()) {
                    element(xml, "lastmod", page.lastChanged().get().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static byte[] feed(SiteConfig config, List<RenderedPage> pages) {
        List<RenderedPage> entries = pages.stream()
                .filter(p -> IN_FEED.contains(p.kind()) && p.lastChanged().isPresent())
                .sorted(Comparator.comparing((RenderedPage p) -> p.lastChanged().get()).reversed()
                        .thenComparing(RenderedPage::sitePath))
                .limit(FEED_ENTRIES)
                .toList();
        // No wall-clock time: the feed is as new as its newest entry.
        String updated = entries.stream().map(p -> p.lastChanged().get()).max(LocalDate::compareTo)
                .map(SiteIndexes::timestamp).orElse("1970-01-01T00:00:00Z");
        return xml(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", config.title());
            element(xml, "id", config.absolute("/"));
            element(xml, "updated", updated);
            link(xml, config.absolute("/feed.xml"), "self");
            link(xml, config.absolute("/"), "alternate");
            xml.writeStartElement("author");
            element(xml, "name", config.authors().isEmpty() ? config.title() : config.authors().get(0).name());
            xml.writeEndElement();
            for (RenderedPage page : entries) {
                xml.writeStartElement("entry");
                element(xml, "title", page.title());
                if (page.revision().isEmpty()) {
                    element(xml, "id", config.absolute(page.sitePath()));
                    link(xml, config.absolute(page.sitePath()), "alternate");
                } else {
                    // One entry per change: its id is the revision's URL, and it links to what changed.
                    element(xml, "id", config.absolute(dossier.cite.Citations.versionPath(page.sitePath(),
                            page.revision())));
                    link(xml, config.absolute(page.sitePath()), "alternate");
                    link(xml, config.absolute(HistoryPages.path(page.sitePath())) + "#r-" + page.revision(),
                            "related", "What changed");
                }
                element(xml, "updated", timestamp(page.lastChanged().get()));
                Optional.of(page.summary()).filter(s -> !s.isBlank()).ifPresent(summary -> {
                    try {
                        element(xml, "summary", summary);
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                });
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            text.write("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlChars(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlChars(href));
    }

    private static void link(XMLStreamWriter xml, String href, String rel, String title) throws XMLStreamException {
        link(xml, href, rel);
        xml.writeAttribute("title", title);
    }

    /**
     * The text without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE and
     * U+FFFF): YAML strings may hold them, but one of them makes a feed reader refuse the whole feed.
     * The writer escapes the rest ({@code & < > "}).
     */
    private static String xmlChars(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
