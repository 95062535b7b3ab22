package dossier.content;

import dossier.problem.Problem;
import dossier.problem.Problems;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one form of a published path. Content can name paths only in this form (an alias with
 * {@code ..} or {@code //} is an error, not something to normalise), so the collision checks and
 * the writers compare and write the very same text.
 */
public final class SitePaths {
    /**
     * Letters, digits and the characters a URL segment may hold unencoded. No "%": an encoded
     * {@code %2e%2e} would be a ".." segment to a browser but a plain folder name on disk.
     */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_~!$&'()*+,;=:@.-]+");

    /** The longest file name most file systems take. */
    static final int MAX_SEGMENT = 255;
    /** Longer than any useful URL, short enough that no pattern over it recurses too deep. */
    static final int MAX_PATH = 2048;

    private SitePaths() {}

    /** Why a folder path such as an alias ({@code /old/path/}) is not in the published form; empty when it is. */
    public static Optional<String> folderProblem(String path) {
        if (!path.startsWith("/") || !path.endsWith("/")) {
            return Optional.of("a site path starts and ends with \"/\"");
        }
        if (path.equals("/")) {
            return Optional.empty();
        }
        if (path.length() > MAX_PATH) {
            return Optional.of("it is " + path.length() + " characters long; at most " + MAX_PATH + " are allowed");
        }
        for (String segment : path.substring(1, path.length() - 1).split("/", -1)) {
            if (segment.length() > MAX_SEGMENT) {
                return Optional.of("a segment is " + segment.length() + " characters long; a file system allows "
                        + MAX_SEGMENT);
            }
            if (segment.isEmpty()) {
                return Optional.of("it has an empty segment (\"//\")");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("it has a \"" + segment + "\" segment, which would publish it somewhere else");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("the segment \"" + segment + "\" holds a character a site path cannot have"
                        + " (a space, \"%\", \"?\", \"#\" or \"\\\")");
            }
        }
        return Optional.empty();
    }

    /** Reports each alias not in the published form, at its position; the link stage leaves those out. */
    static void checkAliases(List<Alias> aliases, Problems problems) {
        for (Alias alias : aliases) {
            folderProblem(alias.path()).ifPresent(reason -> problems.add(Problem.at(alias.at(),
                    "the alias \"" + alias.path() + "\" is not a site path: " + reason,
                    "write it like /old/path/: letters, digits and - . _ ~ between single slashes,"
                            + " no . or .. segment")));
        }
    }

    /** The file that publishes a site path: "/a/b/" is "a/b/index.html", a path naming a file ("/404.html") itself. */
    public static String outputFile(String sitePath) {
        String relative = sitePath.substring(1);
        return sitePath.endsWith("/") ? relative + "index.html" : relative;
    }

    /**
     * Fails (a bug, not bad content) unless {@code relative} is a file path in the one published form:
     * relative, no empty, "." or ".." segment. Writers call it, so nothing is written under another
     * name than the one the collision checks saw.
     */
    public static String requireOutputFile(String relative) {
        boolean normal = !relative.isEmpty() && !relative.startsWith("/") && !relative.endsWith("/");
        for (String segment : relative.split("/", -1)) {
            normal &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..") && !segment.contains("\\");
        }
        if (!normal) {
            throw new IllegalArgumentException("not a published file path: " + relative);
        }
        return relative;
    }
}
