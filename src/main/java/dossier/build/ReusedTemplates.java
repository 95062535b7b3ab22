package dossier.build;

import dossier.render.TemplateEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The template engine of the last build, taken again while no template has changed, so that
 * rebuilds in one process ({@code serve}) parse each template once. A change is seen as a file
 * added, removed, resized or touched under {@code templates/}.
 */
final class ReusedTemplates {
    private record Made(String key, TemplateEngine engine) {}

    private final boolean reuse;
    private volatile Optional<Made> last = Optional.empty();

    /** @param reuse false for one-off builds: every build makes its own engine */
    ReusedTemplates(boolean reuse) {
        this.reuse = reuse;
    }

    TemplateEngine engine(Path templatesDir, String language) {
        if (!reuse) {
            return new TemplateEngine(templatesDir, language);
        }
        String key = language + "\n" + state(templatesDir);
        Optional<Made> made = last.filter(m -> m.key().equals(key));
        if (made.isPresent()) {
            return made.get().engine();
        }
        TemplateEngine engine = new TemplateEngine(templatesDir, language);
        last = Optional.of(new Made(key, engine));
        return engine;
    }

    /** Every file under the folder with its size and modification time. */
    private static String state(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            StringBuilder state = new StringBuilder(dir.toString());
            for (Path file : files) {
                state.append('\n').append(file).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toInstant());
            }
            return state.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
