package dossier.publish;

import dossier.io.PublishableFiles;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Copies what pages load: {@code templates/assets/**}, the built-in assets the templates do not
 * replace, Chart.js from its webjar, and the other files under {@code content/}.
 */
public final class Assets {
    private static final String BUILT_IN = "/dossier/assets/";
    private static final String TEMPLATE_ASSETS = "templates/assets";

    private Assets() {}

    /** The dossier's own assets, {@code templates/assets/**} as {@code PublishableFiles} lists them. */
    public static List<Path> templateAssets(Path root, Problems problems) {
        return PublishableFiles.under(root, root.resolve(TEMPLATE_ASSETS), problems);
    }

    /** Where a file of {@code templates/assets/} is published: "assets/..." */
    static String published(Path root, Path asset) {
        return "assets/" + root.resolve(TEMPLATE_ASSETS).relativize(asset).toString().replace('\\', '/');
    }

    /** The built-in assets and Chart.js, each written unless the dossier has its own of that name. */
    static Map<String, String> builtIn() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : readLines(BUILT_IN + "index.txt")) {
            files.put("assets/" + name, BUILT_IN + name);
        }
        String chartJs = "/META-INF/resources/webjars/chart.js/" + buildProperty("chartjs") + "/";
        files.put("assets/chart.umd.js", chartJs + "dist/chart.umd.js");
        files.put("assets/chart.js.LICENSE.md", chartJs + "LICENSE.md");
        return files;
    }

    /** Who writes a built-in asset: the build, unless the dossier has its own at that path. */
    static OutputPaths.Owner builtInOwner(String file) {
        return OutputPaths.Owner.generated("the built-in asset " + file);
    }

    /** lunr, from its webjar, for the search page. */
    static Map<String, String> lunr() {
        String lunr = "/META-INF/resources/webjars/lunr/" + buildProperty("lunr") + "/";
        return Map.of("assets/lunr.min.js", lunr + "lunr.min.js", "assets/lunr.LICENSE", lunr + "LICENSE");
    }

    /** Copies every asset and the other files of content/; the claims made sure no two share a path. */
    static void copy(Path root, List<Path> templateAssets, List<String> contentFiles, SiteWriter out) {
        for (Path asset : templateAssets) {
            out.copy(published(root, asset), asset);
        }
        builtIn().forEach((file, resource) -> {
            if (!out.has(file)) {
                out.write(file, Jar.bytes(resource));
            }
        });
        for (String file : contentFiles) {
            out.copy(file, root.resolve("content").resolve(file));
        }
    }

    static void copyLunr(SiteWriter out) {
        new java.util.TreeMap<>(lunr()).forEach((file, resource) -> out.write(file, Jar.bytes(resource)));
    }

    /**
     * The built-in assets' bytes, read from the jar once a process: they cannot change while it runs, and
     * {@code serve} copies them into every build (Chart.js alone is 200 KB to inflate). Each caller
     * gets its own copy of the bytes.
     */
    private static final class Jar {
        private static final Map<String, byte[]> BYTES = java.util.stream.Stream.concat(
                        builtIn().values().stream(), lunr().values().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(resource -> resource, Assets::readResource));

        static byte[] bytes(String resource) {
            return BYTES.get(resource).clone();
        }
    }

    public static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("/dossier/build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks dossier/build.properties", e);
        }
        return properties.getProperty(name);
    }

    /** The lines of a resource list, without blank lines and {@code #} comments. */
    public static List<String> readLines(String resource) {
        return new String(readResource(resource), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** A resource of the jar; its absence is a bug in the build of the jar. */
    public static byte[] readResource(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
