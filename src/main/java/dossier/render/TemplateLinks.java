package dossier.render;

import dossier.io.RealPaths;
import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Templates are read only from {@code templates/}: a template, partial or folder there that is a
 * symbolic link out of it ({@code templates/record.ftlh -> /tmp/outside.ftlh}) is an error at the
 * link, found before Freemarker loads anything (its own check would stop the build with an
 * exception and no position). {@code templates/assets/} is not templates: its links out are skipped
 * with a warning when the assets are listed.
 */
public final class TemplateLinks {
    private TemplateLinks() {}

    public static void check(Path root, Problems problems) {
        Path templates = root.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        Path assets = templates.resolve("assets");
        // Not following links: a link is looked at itself, and what a link inside leads to is inside.
        try (Stream<Path> walk = Files.walk(templates)) {
            walk.filter(Files::isSymbolicLink).filter(link -> !link.startsWith(assets)).sorted()
                    .forEach(link -> RealPaths.leavesFolder(root, link, templates).ifPresent(problems::add));
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.inFile("templates/", "cannot list the folder: " + e.getMessage(),
                    "check the folder's permissions"));
        }
    }
}
