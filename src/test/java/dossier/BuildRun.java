package dossier;

import dossier.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the command line as a user would and keeps what it printed. */
public record BuildRun(int exitCode, String out, String err) {

    public static BuildRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new BuildRun(code, out.toString(), err.toString());
    }

    public static BuildRun build(Path root, Path out) {
        return of("build", "--root", root.toString(), "--out", out.toString(), "--quiet");
    }

    /** The problem lines, without the closing summary line. */
    public List<String> problems() {
        return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank() && !line.startsWith("dossier:")).toList();
    }
}
