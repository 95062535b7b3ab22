package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One build of the real dossier for every test class of a run that reads it, and one served and
 * browsed copy of it for every browser test class: a build and a Chromium start cost seconds each,
 * and no test changes the site (a test that writes writes into its own folder). Use it with
 * {@code @ExtendWith(SharedDossier.class)} and a {@code BuiltDossier} or {@code ServedDossier}
 * parameter of a {@code @BeforeAll} method; both are closed when the whole run ends. A browser test
 * that resizes the window sets the size it needs first.
 */
final class SharedDossier implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDossier.class);

    private record Built(BuiltDossier real, Path folder) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            dossier.io.Folders.deleteTree(folder);
        }
    }

    private record Served(ServedDossier served) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            served.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BuiltDossier.class || type == ServedDossier.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BuiltDossier built = built(context);
        if (parameter.getParameter().getType() == BuiltDossier.class) {
            return built;
        }
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Served.class, key -> {
            try {
                return new Served(ServedDossier.start(built.site()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Served.class).served();
    }

    private static BuiltDossier built(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Built.class, key -> {
            try {
                Path folder = Files.createTempDirectory("dossier-built-");
                return new Built(new BuiltDossier(RealDossier.buildInto(folder)), folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Built.class).real();
    }
}
