package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One built, served and browsed real dossier for every browser test class of a run: building the
 * site and starting Chromium cost seconds each, and no browser test changes the site. Use it with
 * {@code @ExtendWith(SharedDossier.class)} and a {@code ServedDossier} parameter of a
 * {@code @BeforeAll} method; it is closed when the whole run ends. A test that resizes the window
 * sets the size it needs first.
 */
final class SharedDossier implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDossier.class);

    private record Resource(ServedDossier served, Path folder) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
            served.close();
            dossier.io.Folders.deleteTree(folder);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServedDossier.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Resource.class, key -> {
            try {
                Path folder = Files.createTempDirectory("dossier-served-");
                return new Resource(ServedDossier.start(folder), folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Resource.class).served();
    }
}
