package dossier.cli;

import dossier.io.Folders;
import dossier.problem.Problem;
import dossier.build.BuildResult;
import dossier.output.OutputLocation;
import dossier.build.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier check}: every check of a build, into a scratch folder, leaving {@code site/} alone;
 * with {@code --external}, also every external link.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the dossier as a build would, without touching the site; --external also asks every "
                + "external link.",
                "Only --external reaches the network: builds, checks and serve read the dossier's own files and "
                        + "nothing else (a schema's $ref and $schema lead only to content/schemas/ and the bundled "
                        + "meta-schemas)."})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private RootOption root;

    @CommandLine.Mixin
    private DebugOption debug;

    @CommandLine.Mixin
    private SourceTextsOption sourceTexts;

    @Option(names = "--external", description = "Also request every external http(s) link: the one option of any command that goes "
            + "online.")
    private boolean external;

    @Override
    public Integer call() throws IOException {
        java.util.Optional<Path> texts = sourceTexts.folder(spec, root.absolute());
        Path scratch = Files.createTempDirectory("dossier-check");
        try {
            // The temporary folder may be set to lie inside the dossier (-Djava.io.tmpdir=content).
            OutputLocation.refusal(root.absolute(), scratch.resolve("site")).ifPresent(reason -> {
                throw new CommandLine.ParameterException(spec.commandLine(), reason + " (the temporary folder "
                        + scratch.getParent() + " is where check builds; set java.io.tmpdir to another folder)");
            });
            BuildResult result = new SiteBuilder().build(root.absolute(), scratch.resolve("site"),
                    new SiteBuilder.Options(false, external, true, texts));
            PrintWriter err = spec.commandLine().getErr();
            result.warnings().stream().map(Problem::formatAsWarning).forEach(err::println);
            result.notes().forEach(err::println);
            err.flush();
            if (!result.succeeded()) {
                result.problems().stream().map(Problem::format).forEach(err::println);
                err.println("dossier: " + result.problems().size() + " error(s)");
                return 1;
            }
            spec.commandLine().getOut().println("dossier: no problems in " + result.pages() + " pages"
                    + (external ? ", external links included" : ""));
            return 0;
        } finally {
            try {
                Folders.deleteTree(scratch);
            } catch (UncheckedIOException e) {
                // the scratch folder is in the system's temporary folder; leaving it is harmless
            }
        }
    }
}
