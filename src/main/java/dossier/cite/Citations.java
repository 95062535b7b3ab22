package dossier.cite;

import dossier.config.SiteConfig;
import dossier.history.ChangeHistory;
import dossier.content.CalendarDate;
import dossier.io.Sha256;
import dossier.link.PageKind;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the citation of a page from the site's settings, the page's inputs and their history. */
public final class Citations {
    private static final int REVISION_LENGTH = 12;

    private final SiteConfig config;
    private final ChangeHistory history;
    private final Function<String, String> fileHash;
    private final Optional<UndatedFallback> undated;
    private final boolean versioned;

    /**
     * @param fileHash the hash of a file's content by its path relative to the root, shared with the
     *                 build's other fingerprints so that each file is read once
     */
    public Citations(SiteConfig config, ChangeHistory history, Function<String, String> fileHash) {
        this(config, history, fileHash, Optional.empty());
    }

    /** @param undated the date of a page that neither git nor its content dates */
    public Citations(SiteConfig config, ChangeHistory history, Function<String, String> fileHash,
                     Optional<UndatedFallback> undated) {
        this(config, history, fileHash, undated, false);
    }

    /** @param versioned the site publishes each revision at {@code <permalink>v/<revision>/} */
    public Citations(SiteConfig config, ChangeHistory history, Function<String, String> fileHash,
                     Optional<UndatedFallback> undated, boolean versioned) {
        this.versioned = versioned;
        this.config = config;
        this.history = history;
        this.fileHash = fileHash;
        this.undated = undated;
    }

    /**
     * @param inputs   the files the page is made from, relative to the root ("content/aid/x.yaml")
     * @param fallback a date the content itself gives (front matter), used when git has none
     */
    public Citation of(String title, PageKind kind, String sitePath, List<String> inputs, List<String> keywords,
                       String fallback) {
        Optional<LocalDate> changed = inputs.stream().map(history::lastChanged).flatMap(Optional::stream)
                .max(LocalDate::compareTo)
                .or(() -> CalendarDate.day(fallback));
        List<Citation.Author> authors = config.authors().stream()
                .map(a -> new Citation.Author(a.name(), a.family(), a.given())).toList();
        String key = "dossier-" + (sitePath.equals("/") ? "home" : sitePath.substring(1, sitePath.length() - 1)
                .replace('/', '-'));
        String revision = revision(inputs);
        return new Citation(key, title, authors, config.title(), config.publisher().isEmpty() ? config.title()
                : config.publisher(), config.language(), config.absolute(sitePath), changed, revision, kind,
                keywords, config.license(), versioned ? config.absolute(versionPath(sitePath, revision)) : "");
    }

    /**
     * The date of a citation that neither git nor the content dates. Only the citation takes it: the
     * sitemap, the feed and "Last changed" keep to dates that say when the page changed.
     */
    public Optional<LocalDate> undated() {
        return undated.map(UndatedFallback::date);
    }

    /** Where a revision of the page at {@code sitePath} is published: "/aid/x/v/199b642b0628/". */
    public static String versionPath(String sitePath, String revision) {
        return sitePath + "v/" + revision + "/";
    }

    /** A short hash of the inputs' paths and contents: stable for the same content. */
    public String revision(List<String> inputs) {
        MessageDigest digest = Sha256.digest();
        for (String input : inputs.stream().sorted().toList()) {
            Sha256.update(digest, input, String.valueOf(fileHash.apply(input)));
        }
        return Sha256.hex(digest).substring(0, REVISION_LENGTH);
    }
}
