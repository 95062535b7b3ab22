package dossier.cli;

import dossier.config.ConfigLoader;
import dossier.problem.Problems;
import dossier.serve.LiveServer;
import dossier.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the dossier on 127.0.0.1, rebuilding and reloading the browser on every change.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RootOption root;

    @Option(names = "--port", paramLabel = "PORT", description = "The port on 127.0.0.1 (default: 8080).")
    private int port = 8080;

    @Option(names = "--debug", description = "Show the stack trace of an internal error in a rebuild.")
    private boolean debug;

    @Override
    public Integer call() throws Exception {
        Path absolute = root.absolute();
        String basePath = new ConfigLoader(new YamlReader()).load(absolute, new Problems())
                .map(config -> config.basePath()).orElse("/");
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LiveServer server = LiveServer.start(absolute, port, basePath, out, debug)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "dossier-stop"));
            out.println("dossier: serving " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
