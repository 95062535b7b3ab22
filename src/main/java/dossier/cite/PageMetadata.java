package dossier.cite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What templates need to describe a page to reference managers and search engines: its citation's
 * fields and download links (the texts are {@link CitationStyles}', the JSON-LD {@link LinkedData}'s).
 */
public final class PageMetadata {
    private PageMetadata() {}

    /**
     * @param hrefBase the page's href folder, for the cite.* downloads
     */
    public static Map<String, Object> of(Citation c, String hrefBase) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", c.title());
        map.put("authors", c.authors().stream().map(Citation.Author::name).toList());
        map.put("publisher", c.publisher());
        map.put("container", c.container());
        map.put("language", c.language());
        map.put("permalink", c.permalink());
        map.put("version", c.version());
        map.put("revision", c.revision());
        map.put("lastChanged", c.lastChanged().map(Object::toString).orElse(""));
        map.put("lastChangedSlash", c.lastChanged().map(d -> d.toString().replace('-', '/')).orElse(""));
        map.put("keywords", String.join("; ", c.keywords()));
        map.put("license", c.license());
        map.put("bibUrl", hrefBase + "cite.bib");
        map.put("risUrl", hrefBase + "cite.ris");
        map.put("jsonUrl", hrefBase + "cite.json");
        return map;
    }
}
