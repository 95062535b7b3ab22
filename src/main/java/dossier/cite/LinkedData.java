package dossier.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.config.SiteConfig;
import dossier.io.Jackson;
import dossier.io.ScriptJson;
import dossier.link.PageKind;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A page's schema.org JSON-LD: an Article (narrative pages and records), a WebPage (home and index
 * pages) or a Dataset (collections and charts, with their downloads), part of the dossier as a
 * WebSite, with its licence as a URL, its authors with their URLs and the sources it is based on.
 */
public final class LinkedData {
    /** Google's Dataset description bounds, in characters. */
    static final int MAX_DESCRIPTION = 5000;


    private final SiteConfig config;

    public LinkedData(SiteConfig config) {
        this.config = config;
    }

    /** A download of a dataset: its absolute URL and media type. */
    public record Distribution(String url, String mediaType) {}

    /**
     * What makes a page a dataset.
     *
     * @param contents  one sentence on what the data holds, taken from the data ("12 records of ...")
     * @param downloads the data files
     */
    public record Dataset(String contents, List<Distribution> downloads) {
        public Dataset {
            downloads = List.copyOf(downloads);
        }
    }

    /** Another page of the dossier a page is based on: a source's page, or the dataset of a chart. */
    public record Work(String url, String title) {}

    /**
     * @param description the page's own description; a dataset's ends with what its data holds
     * @param basedOn     the pages of the works the page is made from
     */
    public String jsonLd(Citation c, String description, Optional<Dataset> dataset, List<Work> basedOn) {
        return jsonLd(c, c.permalink(), description, dataset, basedOn);
    }

    /** @param url the page's canonical URL: its permalink, or a version's own URL */
    public String jsonLd(Citation c, String url, String description, Optional<Dataset> dataset, List<Work> basedOn) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@context", "https://schema.org");
        String type = dataset.isPresent() ? "Dataset"
                : c.kind() == PageKind.PAGE || c.kind() == PageKind.RECORD ? "Article" : "WebPage";
        node.put("@type", type);
        node.put("@id", url);
        node.put("url", url);
        node.put(type.equals("Article") ? "headline" : "name", c.title());
        String described = dataset.map(d -> datasetDescription(description, d.contents())).orElse(description);
        if (!described.isEmpty()) {
            node.put("description", described);
        }
        node.put("inLanguage", c.language());
        node.put("version", c.revision());
        c.lastChanged().ifPresent(d -> node.put("dateModified", d.toString()));
        ArrayNode authors = node.putArray(type.equals("Dataset") ? "creator" : "author");
        config.authors().forEach(author -> addAuthor(authors, author));
        node.putObject("publisher").put("@type", "Organization").put("name", c.publisher());
        String home = config.absolute("/");
        // The page's own @id is the home URL on the home page, so the site needs an @id of its own.
        node.putObject("isPartOf").put("@type", "WebSite").put("@id", home + "#website").put("url", home)
                .put("name", c.container());
        license(node);
        if (!c.keywords().isEmpty()) {
            node.put("keywords", String.join(", ", c.keywords()));
        }
        if (!basedOn.isEmpty()) {
            ArrayNode works = node.putArray("isBasedOn");
            basedOn.forEach(work -> works.addObject().put("@type", "CreativeWork").put("@id", work.url())
                    .put("url", work.url()).put("name", work.title()));
        }
        dataset.ifPresent(d -> {
            node.put("isAccessibleForFree", true);
            ArrayNode downloads = node.putArray("distribution");
            for (Distribution distribution : d.downloads()) {
                downloads.addObject().put("@type", "DataDownload").put("contentUrl", distribution.url())
                        .put("encodingFormat", distribution.mediaType());
            }
        });
        try {
            return ScriptJson.embeddable(Jackson.JSON_WRITER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addAuthor(ArrayNode authors, SiteConfig.Author author) {
        ObjectNode entry = authors.addObject();
        boolean person = author.isPerson();
        entry.put("@type", person ? "Person" : "Organization");
        entry.put("name", person ? (author.given() + " " + author.family()).strip() : author.name());
        if (person) {
            if (!author.given().isEmpty()) {
                entry.put("givenName", author.given());
            }
            entry.put("familyName", author.family());
        }
        if (!author.url().isEmpty()) {
            entry.put("url", author.url());
        }
    }

    /**
     * The licence's URL; a licence known only by a name (the build warned) is a CreativeWork with that
     * name, which schema.org allows, where bare text would be read as a relative IRI.
     */
    private void license(ObjectNode node) {
        if (config.license().isBlank()) {
            return;
        }
        Optional<String> url = config.licenseUrl();
        if (url.isPresent()) {
            node.put("license", url.get());
        } else {
            node.putObject("license").put("@type", "CreativeWork").put("name", config.license().strip());
        }
    }

    /**
     * A dataset's description: the page's own, then what the data holds, which search engines want
     * (Google's Dataset: 50 to 5000 characters); cut at a word beyond that.
     */
    static String datasetDescription(String description, String contents) {
        String text = description.isBlank() ? contents : description.strip() + " " + contents;
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1) + "…";
    }
}
