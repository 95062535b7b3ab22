package dossier.config;

import dossier.problem.Position;
import dossier.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the URLs of {@code content/dossier.yaml}. {@code baseUrl} is written, unescaped, into
 * every permalink, the sitemap, the feed, the redirect pages and {@code _redirects}; a navigation
 * {@code url} into every page's menu. Each must be plain enough that no language it lands in
 * (HTML attributes, XML, HTTP headers, meta refresh) can misread it.
 */
public final class ConfigUrls {
    /** A path segment of baseUrl: what needs no escaping in any URL, attribute or header. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    private ConfigUrls() {}

    /** What is wrong with the baseUrl of dossier.yaml, or empty when it is fine. */
    static Optional<Fault> baseUrlFault(String baseUrl) {
        return baseUrlFault("baseUrl", baseUrl);
    }

    /**
     * What is wrong with a base URL, or empty when it is fine.
     *
     * @param name what the messages call it: "baseUrl", or "--base-url" when the command line gives it
     */
    public static Optional<Fault> baseUrlFault(String name, String baseUrl) {
        String example = "https://example.org/dossier/";
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            return fault(name, baseUrl, "is not a URL (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")",
                    "write an absolute address without spaces or quotes, such as " + example);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return fault(name, baseUrl, "does not start with https:// or http://",
                    "write the absolute address the site is published at, in lower case, such as " + example);
        }
        if (uri.getRawUserInfo() != null) {
            return fault(name, baseUrl, "holds a user name or password", "remove the part before \"@\"");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return fault(name, baseUrl, "has no host name", "write the host after \"https://\", such as " + example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return fault(name, baseUrl, "has a query (?) or fragment (#)", "remove everything from the \"?\" or \"#\" on");
        }
        String path = uri.getRawPath();
        String inner = path.startsWith("/") ? path.substring(1) : path;
        inner = inner.endsWith("/") ? inner.substring(0, inner.length() - 1) : inner;
        if (!inner.isEmpty()) {
            for (String segment : inner.split("/", -1)) {
                if (segment.isEmpty()) {
                    return fault(name, baseUrl, "has an empty path segment (\"//\")", "write the path with single slashes: "
                            + baseUrl.substring(0, baseUrl.length() - path.length()) + path.replaceAll("/{2,}", "/"));
                }
                if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                    return fault(name, baseUrl, "has the path segment \"" + segment + "\"",
                            "write each folder of the path with letters, digits, \"-\", \".\", \"_\" or \"~\" only");
                }
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a navigation url (a site path or a ref: target), or empty when it is fine. */
    static Optional<Fault> navigationFault(String url) {
        if (url.startsWith("//") || url.startsWith("/\\")) {
            return Optional.of(new Fault("the navigation url \"" + url + "\" leads to another host",
                    "write a path on this site, such as /about/, or ref:<collection>/<id>"));
        }
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(new Fault("the navigation url \"" + url + "\" is not a valid path ("
                    + e.getReason() + ")", "write a path without spaces or quotes, such as /about/"));
        }
        return Optional.empty();
    }

    private static Optional<Fault> fault(String name, String baseUrl, String what, String hint) {
        return Optional.of(new Fault(name + " \"" + baseUrl + "\" " + what, hint));
    }

    public record Fault(String message, String hint) {
        Problem at(Position position) {
            return Problem.at(position, message, hint);
        }
    }
}
