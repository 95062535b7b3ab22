package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `dossier` command `mvn package` writes beside the jar: linked onto the PATH, it still finds the
 * jar in its own folder and passes every argument as it was given. A stand-in `java` prints what it got.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src/main/launcher/dossier");

    @TempDir
    Path temp;

    @Test
    void aChainOfLinksOnThePathLeadsToTheJarBesideTheScript() throws Exception {
        Path install = Files.createDirectories(temp.resolve("project/target"));
        Files.copy(SCRIPT, install.resolve("dossier"));
        executable(install.resolve("dossier"));
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("dossier-latest"), Path.of("../project/target/dossier"));
        Path bin = Files.createDirectories(temp.resolve("home/bin"));
        Files.createSymbolicLink(bin.resolve("dossier"), links.resolve("dossier-latest"));
        Path javaHome = fakeJava(temp.resolve("jdk"));

        List<String> args = run(bin, Map.of("JAVA_HOME", javaHome.toString()), "dossier", "build", "--root", "my dossier", "");
        assertEquals(List.of("-jar", "build", "--root", "my dossier", ""),
                List.of(args.get(0), args.get(2), args.get(3), args.get(4), args.get(5)), "every argument as given");
        assertEquals(install.resolve("dossier.jar"), Path.of(args.get(1)).normalize(), "the jar beside the script");
    }

    @Test
    void withoutJavaHomeTheJavaOnThePathRuns() throws Exception {
        Path install = Files.createDirectories(temp.resolve("target"));
        Files.copy(SCRIPT, install.resolve("dossier"));
        executable(install.resolve("dossier"));
        Path javaBin = fakeJava(temp.resolve("jdk")).resolve("bin");
        List<String> args = run(install, Map.of("PATH", javaBin + ":/usr/bin:/bin"), "dossier", "--version");
        assertEquals(List.of("-jar", install.resolve("dossier.jar").toString(), "--version"), args);
    }

    @Test
    void theWindowsLauncherRunsTheJarBesideItWithEveryArgument() throws IOException {
        String cmd = Files.readString(Path.of("src/main/launcher/dossier.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("-jar \"%~dp0dossier.jar\" %*"), cmd);
        assertTrue(cmd.lines().count() > 1 && cmd.split("\n", -1).length == cmd.split("\r\n", -1).length,
                "CRLF line ends, as cmd.exe reads them");
    }

    /** A folder with bin/java that prints each argument it receives on a line of its own. */
    private static Path fakeJava(Path home) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        executable(java);
        return home;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code folder/command args} as a shell would find it, and returns the lines it printed. */
    private static List<String> run(Path folder, Map<String, String> environment, String command, String... args)
            throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(folder.resolve(command).toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }
}
