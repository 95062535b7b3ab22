package dossier.cite;

import de.undercouch.citeproc.CSL;
import dossier.config.CitationStyleIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** What a CSL style file says about itself: its name, and the style it borrows its rules from. */
final class StyleInfo {
    private StyleInfo() {}

    /** The short title readers know ("APA", "MLA"), else the title. */
    static Optional<String> title(String xml) {
        Document document = parse(xml);
        for (String element : new String[] {"title-short", "title"}) {
            NodeList found = document.getElementsByTagNameNS("*", element);
            if (found.getLength() > 0 && !found.item(0).getTextContent().isBlank()) {
                return Optional.of(found.item(0).getTextContent().strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The style's rules: its own, or for a dependent style (a journal that uses another style as it is)
     * those of its independent parent.
     */
    static String independent(String xml) {
        try {
            String parent = CSL.getIndependentParentLink(xml);
            if (parent == null) {
                return xml;
            }
            return xml(parent.substring(parent.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("a bundled CSL style is not XML", e);
        }
    }

    /** The file of a bundled style, by its id ("apa", or a dependent style's). */
    static String xml(String id) {
        String path = CitationStyleIds.resource(id).orElseThrow(() -> new IllegalStateException(
                "the style " + id + " is not among the bundled styles"));
        try (InputStream in = StyleInfo.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("a bundled CSL style is not XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
