package dossier.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.io.ScriptJson;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates need to describe a page to reference managers and search engines: download links and schema.org JSON-LD (Article, WebPage, or Dataset with its downloads).
 */
public final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {}

    /** A download of a dataset: its absolute URL and media type. */
    public record Distribution(String url, String mediaType) {}

    /**
     * @param hrefBase the page's href folder, for the cite.* downloads
     */
    public static Map<String, Object> of(Citation c, String description, String hrefBase,
                                         List<Distribution> distributions) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", c.title());
        map.put("authors", c.authors().stream().map(Citation.Author::name).toList());
        map.put("publisher", c.publisher());
        map.put("container", c.container());
        map.put("language", c.language());
        map.put("permalink", c.permalink());
        map.put("revision", c.revision());
        map.put("lastChanged", c.lastChanged().map(Object::toString).orElse(""));
        map.put("lastChangedSlash", c.lastChanged().map(d -> d.toString().replace('-', '/')).orElse(""));
        map.put("keywords", String.join("; ", c.keywords()));
        map.put("license", c.license());
        map.put("bibUrl", hrefBase + "cite.bib");
        map.put("risUrl", hrefBase + "cite.ris");
        map.put("jsonUrl", hrefBase + "cite.json");
        map.put("jsonLd", jsonLd(c, description, distributions));
        return map;
    }

    static String jsonLd(Citation c, String description, List<Distribution> distributions) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        String type = !distributions.isEmpty() ? "Dataset"
                : c.kind().equals("page") || c.kind().equals("record") ? "Article" : "WebPage";
        node.put("@type", type);
        node.put(type.equals("Article") ? "headline" : "name", c.title());
        if (!description.isEmpty()) {
            node.put("description", description);
        }
        node.put("url", c.permalink());
        node.put("@id", c.permalink());
        node.put("inLanguage", c.language());
        node.put("version", c.revision());
        c.lastChanged().ifPresent(d -> node.put("dateModified", d.toString()));
        ArrayNode authors = node.putArray(type.equals("Dataset") ? "creator" : "author");
        for (Citation.Author author : c.authors()) {
            ObjectNode person = authors.addObject();
            person.put("@type", author.isPerson() ? "Person" : "Organization");
            person.put("name", author.isPerson() ? author.given() + " " + author.family() : author.name());
        }
        node.putObject("publisher").put("@type", "Organization").put("name", c.publisher());
        node.putObject("isPartOf").put("@type", "WebSite").put("name", c.container());
        if (!c.license().isEmpty()) {
            node.put("license", c.license());
        }
        if (!c.keywords().isEmpty()) {
            node.put("keywords", String.join(", ", c.keywords()));
        }
        if (!distributions.isEmpty()) {
            ArrayNode downloads = node.putArray("distribution");
            for (Distribution distribution : distributions) {
                downloads.addObject().put("@type", "DataDownload").put("contentUrl", distribution.url())
                        .put("encodingFormat", distribution.mediaType());
            }
        }
        try {
            return ScriptJson.embeddable(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
