package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers over folders: a snapshot of every file's bytes, and copying a fixture. */
public final class SiteFiles {
    private SiteFiles() {}

    /** Relative path to content, for comparing whole sites. */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for a version of a page ("aid/x/v/199b642b0628/index.html") or a history page, given relative to the site. */
    public static boolean isVersionOrHistory(Path relative) {
        return relative.toString().replace('\\', '/').matches("(.*/)?(v/[0-9a-f]{12}|history)/.*");
    }

    /** Pages whose versions and history the slow whole-site checks (browser, HTML validator) open. */
    private static final List<String> HISTORY_SAMPLE = List.of("", "aid/kazakhstan-1997-2003/",
            "analysis/joint-exercises/", "exercises/", "charts/aid-by-recipient/");

    /**
     * True for a current page, and for the versions and history of a few pages of each kind: opening
     * all of them (three times as many pages) would triple the slow checks and test nothing new.
     */
    public static boolean inSlowCheckSample(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return !isVersionOrHistory(relative) || HISTORY_SAMPLE.stream().anyMatch(page ->
                path.matches(java.util.regex.Pattern.quote(page) + "(v/[0-9a-f]{12}|history)/.*"));
    }

    public static Path fixture(String name) {
        try {
            return Path.of(SiteFiles.class.getResource("/sites/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
