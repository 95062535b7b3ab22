package dossier.link;

import java.util.Optional;

/**
 * A {@code ref:} URL, read in one place: what it names and the anchor it leads to there. Markdown
 * links and the navigation of dossier.yaml both resolve refs through it, so both keep the anchor.
 *
 * @param name   what the ref names, without the anchor and one final slash: "countries/china" (a
 *               record), "countries" (a collection), "analysis/limits" (a page); "" is the home page
 * @param anchor what follows the first "#", if there is one ("ref:a#" has the empty anchor)
 */
public record RefTarget(String name, Optional<String> anchor) {
    /** The scheme of a link to something of this site by its name. */
    public static final String SCHEME = "ref:";

    /** The target of {@code url}; empty when it is no {@code ref:} URL. */
    public static Optional<RefTarget> parse(String url) {
        if (!url.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String target = url.substring(SCHEME.length());
        int hash = target.indexOf('#');
        String name = hash < 0 ? target : target.substring(0, hash);
        return Optional.of(new RefTarget(name.endsWith("/") ? name.substring(0, name.length() - 1) : name,
                hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1))));
    }

    /** The href of this target, given the href of what it names: "/countries/china/" + "#aid". */
    public String at(String href) {
        return anchor.map(a -> href + "#" + a).orElse(href);
    }
}
