package dossier.cli;

import dossier.io.RealPaths;
import dossier.problem.Problem;
import dossier.output.BuildLock;
import dossier.build.BuildResult;
import dossier.output.OutputLocation;
import dossier.build.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier build}: exit 0 when the site was written, 1 on content errors, 2 on usage errors. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from content/ and templates/ into the output folder.")
final class BuildCommand implements Callable<Integer> {
    /** How long a build waits for another into the same folder: far longer than any build takes. */
    private static final Duration LOCK_PATIENCE = Duration.ofMinutes(30);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RootOption root;

    @CommandLine.Mixin
    private SourceTextsOption sourceTexts;

    @CommandLine.Mixin
    private BaseUrlOption baseUrl;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site is written (default: <root>/site).")
    private Path out;

    @Option(names = "--update-ledger",
            description = "Add newly published URLs to content/published-urls.txt after a successful build.")
    private boolean updateLedger;

    @Option(names = "--quiet", description = "Print nothing but errors (no progress line, no summary).")
    private boolean quiet;

    @CommandLine.Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        Path absoluteRoot = root.absolute();
        Path output = (out == null ? absoluteRoot.resolve("site") : out).toAbsolutePath().normalize();
        checkOutput(absoluteRoot, output);
        java.util.Optional<Path> texts = sourceTexts.folder(spec, absoluteRoot);
        java.util.Optional<String> url = baseUrl.url(spec);
        output = RealPaths.of(output); // a link to the output folder: build where it leads, and lock that
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        try (BuildLock lock = BuildLock.acquire(output, LOCK_PATIENCE, notice -> {
            err.println(notice);
            err.flush();
        })) {
            result = new SiteBuilder().build(absoluteRoot, output, new SiteBuilder.Options(updateLedger, false, !quiet, texts)
                    .withBaseUrl(url));
        } catch (BuildLock.Busy | BuildLock.Stopped | BuildLock.Unusable notBuilt) {
            err.println("dossier: " + notBuilt.getMessage());
            err.flush();
            return 1;
        }
        result.warnings().stream().map(Problem::formatAsWarning).forEach(err::println);
        if (!quiet) {
            result.notes().forEach(err::println);
        }
        err.flush();
        if (!result.succeeded()) {
            result.problems().stream().map(Problem::format).forEach(err::println);
            err.println("dossier: " + result.problems().size() + " error(s); the previous site was left as it was");
            err.flush();
            return 1;
        }
        if (!quiet) {
            PrintWriter outWriter = spec.commandLine().getOut();
            outWriter.println("dossier: built " + result.pages() + " pages (" + result.rendered() + " rendered, "
                    + (result.pages() - result.rendered()) + " unchanged; " + result.files() + " files)"
                    + (result.versions().published() == 0 ? "" : " and " + result.versions().published()
                    + " page versions (" + result.versions().rendered() + " rendered)") + " into " + output
                    + " in " + result.millis() + " ms");
            if (updateLedger) {
                outWriter.println("dossier: added " + result.ledgerAdded() + " new URL(s) to content/published-urls.txt");
            }
            outWriter.flush();
        }
        return 0;
    }

    /** The output folder is replaced whole, so it must never be, hold or lie among the sources. */
    private void checkOutput(Path absoluteRoot, Path output) {
        OutputLocation.refusal(absoluteRoot, output).ifPresent(reason -> {
            throw new CommandLine.ParameterException(spec.commandLine(), reason);
        });
    }
}
