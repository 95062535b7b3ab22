package dossier.cli;

import dossier.config.ConfigLoader;
import dossier.problem.Problems;
import dossier.serve.LiveServer;
import dossier.build.SiteBuilder;
import dossier.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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

    @CommandLine.Mixin
    private SourceTextsOption sourceTexts;

    @CommandLine.Mixin
    private BaseUrlOption baseUrl;

    private int port = 8080;

    @CommandLine.Mixin
    private DebugOption debug;

    @Option(names = "--port", paramLabel = "PORT", description = "The port on 127.0.0.1 (default: 8080).")
    void port(int port) {
        // Checked while parsing, so a bad port is a usage error (exit 2), not an internal one.
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + " is not a port; give a number from 1 to 65535, or 0 for any free one");
        }
        this.port = port;
    }

    @Override
    public Integer call() throws Exception {
        Path absolute = root.absolute();
        Optional<String> url = baseUrl.url(spec);
        String basePath = new ConfigLoader(new YamlReader()).load(absolute, new Problems())
                .map(config -> url.map(config::withBaseUrl).orElse(config).basePath()).orElse("/");
        PrintWriter out = spec.commandLine().getOut();
        LiveServer started;
        try {
            started = LiveServer.start(absolute, port, basePath, out, debug.enabled(),
                    new SiteBuilder.Options(false, false, false, sourceTexts.folder(spec, absolute)).withBaseUrl(url));
        } catch (java.net.BindException e) {
            // Said alone: the command was well formed, so its usage would only hide the one line that matters.
            spec.commandLine().getErr().println("dossier: " + portRefused(e));
            return CommandLine.ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (LiveServer server = started) {
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

    private String portRefused(java.net.BindException e) {
        // "Permission denied": a port below 1024, which only an administrator may open.
        return String.valueOf(e.getMessage()).contains("denied")
                ? "port " + port + " on 127.0.0.1 may not be opened by this user (ports below 1024 need "
                        + "administrator rights); give another --port, such as --port 8080"
                : "port " + port + " on 127.0.0.1 is in use; stop what serves there or give another --port, "
                        + "such as --port 0 for any free one";
    }
}
