package dossier.pages;

import dossier.io.Sha256;
import dossier.link.LinkedSite;
import java.security.MessageDigest;
import java.util.TreeMap;

/**
 * Everything a Markdown text's HTML can depend on beyond the text itself, as one hash: where each
 * {@code ref:} leads (every target's key, href and title), the drafts a ref may name, each cited
 * work's URL, and every chart's figure. Two builds with the same hash render the same text the same
 * way, so {@code serve} renders again only texts that changed, or all of them when this did.
 */
public final class MarkdownInputs {
    private MarkdownInputs() {}

    public static String of(LinkedSite site, Charts charts) {
        MessageDigest digest = Sha256.digest();
        new TreeMap<>(site.targets()).forEach((key, target) -> Sha256.update(digest, "target", key,
                site.config().href(target.path()), target.title()));
        new TreeMap<>(site.drafts()).forEach((key, file) -> Sha256.update(digest, "draft", key, file));
        site.works().map(work -> work.key() + "\0" + work.fields().path("url").asText("")).sorted()
                .forEach(work -> Sha256.update(digest, "work", work));
        new TreeMap<>(charts.figures()).forEach((id, html) -> Sha256.update(digest, "chart", id, html));
        return Sha256.hex(digest);
    }
}
