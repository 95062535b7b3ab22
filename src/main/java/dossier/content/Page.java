package dossier.content;

/**
 * A narrative page: {@code content/<path>.md}.
 *
 * @param file     the path shown in messages, relative to the site root
 * @param path     the site path, "/" for the home page, else "/about/" or "/analysis/limits/"
 * @param body     the Markdown after the front matter
 * @param bodyLine the line of the file where {@code body} starts, for positions in messages
 */
public record Page(String file, String path, FrontMatter front, String body, int bodyLine) {

    public boolean isHome() {
        return path.equals("/");
    }

    public boolean isDraft() {
        return front.draft();
    }

    /** The name used in {@code ref:} links: the path without slashes, for example "analysis/limits". */
    public String refName() {
        return refName(path);
    }

    /** The {@code ref:} name of the page published at {@code sitePath} ("/analysis/limits/" is "analysis/limits"). */
    static String refName(String sitePath) {
        return sitePath.length() <= 1 ? "" : sitePath.substring(1, sitePath.length() - 1);
    }
}
