package dossier.site;

import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Copies what pages load: {@code templates/assets/**}, the built-in assets the templates do not
 * replace, Chart.js from its webjar, and the other files under {@code content/}.
 */
public final class Assets {
    private static final String BUILT_IN = "/dossier/assets/";

    private Assets() {}

    static void copy(Path root, List<String> contentFiles, SiteWriter out, Problems problems) {
        Path templateAssets = root.resolve("templates/assets");
        if (Files.isDirectory(templateAssets)) {
            try (Stream<Path> walk = Files.walk(templateAssets)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.copy("assets/" + templateAssets.relativize(file).toString().replace('\\', '/'), file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String name : readLines(BUILT_IN + "index.txt")) {
            if (!out.has("assets/" + name)) {
                out.write("assets/" + name, readResource(BUILT_IN + name));
            }
        }
        String chartJs = "/META-INF/resources/webjars/chart.js/" + buildProperty("chartjs") + "/";
        out.write("assets/chart.umd.js", readResource(chartJs + "dist/chart.umd.js"));
        out.write("assets/chart.js.LICENSE.md", readResource(chartJs + "LICENSE.md"));
        for (String file : contentFiles) {
            if (!out.copy(file, root.resolve("content").resolve(file))) {
                problems.add(Problem.inFile("content/" + file, "this file would overwrite " + file
                        + " that the build generates", "rename or move it"));
            }
        }
    }

    /** lunr, from its webjar, for the search page. */
    static void copyLunr(SiteWriter out) {
        String lunr = "/META-INF/resources/webjars/lunr/" + buildProperty("lunr") + "/";
        out.write("assets/lunr.min.js", readResource(lunr + "lunr.min.js"));
        out.write("assets/lunr.LICENSE", readResource(lunr + "LICENSE"));
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

    private static List<String> readLines(String resource) {
        return new String(readResource(resource), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] readResource(String resource) {
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
