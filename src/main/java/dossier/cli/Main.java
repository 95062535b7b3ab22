package dossier.cli;

import dossier.publish.Assets;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: a thin layer over the pipeline. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a reference dossier: YAML records and Markdown pages into a linked static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class,
                NewCommand.class, InitCommand.class})
public final class Main implements Runnable {
    /** Exit code for a bug, as opposed to bad content (1) or bad usage (2). */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(Launcher.relaunch(args).orElseGet(() -> {
            Launcher.guard();
            return run(args);
        }));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams, so tests can read what a user would see. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main()).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            boolean debug = parsed.originalArgs().contains("--debug");
            if (debug) {
                exception.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("dossier: internal error: " + exception
                    + (debug ? "" : " (run again with --debug to see where)"));
            return INTERNAL_ERROR;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example `build`");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + Assets.buildProperty("version")};
        }
    }
}
