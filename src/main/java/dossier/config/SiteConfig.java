package dossier.config;

import dossier.problem.Position;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The whole of {@code content/dossier.yaml}, with defaults applied.
 *
 * @param search        write a full-text search index ({@code /search-index.json}) and its script
 * @param citationFiles write cite.bib, cite.ris and cite.json beside every page: {@code citations:},
 *                      by default on when the site names its authors (a citation needs someone to cite)
 * @param citationStyles the Citation Style Language ids of the "Cite this page" panel's styles, in order
 */
public record SiteConfig(String title, String baseUrl, String language, String description, List<Author> authors,
                         String publisher, String license, List<NavItem> navigation,
                         List<CollectionConfig> collections, boolean search, boolean citationFiles,
                         List<String> citationStyles) {

    /** The styles of the panel when {@code citationStyles:} names none. */
    public static final List<String> DEFAULT_STYLES = List.of("chicago-author-date", "apa",
            "modern-language-association");

    public SiteConfig {
        authors = List.copyOf(authors);
        navigation = List.copyOf(navigation);
        collections = List.copyOf(collections);
        citationStyles = List.copyOf(citationStyles);
    }

    /** A config with the default citation styles. */
    public SiteConfig(String title, String baseUrl, String language, String description, List<Author> authors,
                      String publisher, String license, List<NavItem> navigation,
                      List<CollectionConfig> collections, boolean search, boolean citationFiles) {
        this(title, baseUrl, language, description, authors, publisher, license, navigation, collections, search,
                citationFiles, DEFAULT_STYLES);
    }

    /**
     * An author as citations need it: a person (family, given) or an organisation (name only).
     *
     * @param url the author's home page or profile, for linked data; empty when not given
     */
    public record Author(String name, String family, String given, String url) {
        public Author(String name, String family, String given) {
            this(name, family, given, "");
        }

        /** A person has a family name; an organisation only a name. */
        public boolean isPerson() {
            return !family.isEmpty();
        }
    }

    /** @param at where dossier.yaml gives the url, for errors about it */
    public record NavItem(String title, String url, Position at) {
        public NavItem(String title, String url) {
            this(title, url, Position.start(ConfigLoader.CONFIG_FILE));
        }
    }

    /** The same settings published at another address (the command line's {@code --base-url}). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, language, description, authors, publisher, license, navigation, collections,
                search, citationFiles, citationStyles);
    }

    /** The licence as a URL, for linked data: empty when the site names none, or a licence unknown by name. */
    public Optional<String> licenseUrl() {
        return Licences.url(license);
    }

    public Optional<CollectionConfig> collection(String name) {
        return collections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The path part of {@code baseUrl}, always ending in "/": "/" or "/repo/". */
    /** The scheme and host of a URL; compiled once, as every link of every page asks for the base path. */
    private static final Pattern ORIGIN = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    public String basePath() {
        String afterHost = ORIGIN.matcher(baseUrl).replaceFirst("");
        if (afterHost.isEmpty()) {
            return "/";
        }
        return afterHost.endsWith("/") ? afterHost : afterHost + "/";
    }

    /** The absolute URL of a site path such as "/exercises/x/". */
    public String absolute(String sitePath) {
        String origin = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return origin + sitePath;
    }

    /** The href of a site path on the published site, with the base path in front. */
    public String href(String sitePath) {
        return basePath() + sitePath.substring(1);
    }
}
