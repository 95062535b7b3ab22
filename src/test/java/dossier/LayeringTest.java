package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline order of README's "How the code is laid out" is the contract of the layering: a
 * package uses only the packages listed before it. The order is read from the README at test time,
 * so the README and the code cannot drift apart.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** A use of one of our packages in code: an import, a static import or a fully qualified name. */
    private static final Pattern USE = Pattern.compile("\\bdossier\\.([a-z][a-z0-9]*)\\.[A-Za-z*]");
    /** Comments, text blocks, strings and characters: what names a package there is no use of it. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    @Test
    void noPackageUsesOneLaterInThePipeline() throws IOException {
        List<String> order = order(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<String> faults = faults(order, MAIN);
        assertEquals("", String.join("\n", faults), "uses of a package that comes later in README's pipeline order");
    }

    @Test
    void everyPackageOfTheCodeIsInTheReadmeOrderAndNoOther() throws IOException {
        List<String> order = order(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertEquals(new TreeSet<>(order), packages(MAIN), "README's list of packages against src/main/java/dossier");
    }

    @Test
    void noPackageHoldsMoreThanFifteenPercentOfTheCode() throws IOException {
        // Issue 19: a package past 15% of the lines is doing more than one stage's work; split it by role.
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                lines.merge(MAIN.relativize(file.getParent()).toString().replace('\\', '.').replace('/', '.'),
                        (long) Files.readAllLines(file, StandardCharsets.UTF_8).size(), Long::sum);
            }
        }
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> tooLarge = new TreeMap<>();
        lines.forEach((pkg, count) -> {
            if (count * 100 > total * 15) {
                tooLarge.put(pkg, count);
            }
        });
        assertEquals(Map.of(), tooLarge, "packages over 15% of the " + total + " lines of src/main/java");
    }

    @Test
    void aLowerPackageThatImportsAHigherOneIsFound(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        // The test of the test: "link" before "cli", and link imports cli.
        Path file = temp.resolve("dossier/link/Linker.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package dossier.link;\n\nimport dossier.problem.Problem;\n// dossier.cli.Main in a comment\n"
                + "class Linker { String s = \"dossier.cli.Main\"; Object o = dossier.cli.Main.class; }\n");
        List<String> order = List.of("dossier.problem", "dossier.link", "dossier.cli");
        assertEquals(List.of("dossier/link/Linker.java:5: dossier.link uses dossier.cli, which comes after it"),
                faults(order, temp));
    }

    /** The packages in the order of the code block under "How the code is laid out": the first word of each line. */
    static List<String> order(String readme) {
        int section = readme.indexOf("\n## How the code is laid out");
        assertFalse(section < 0, "README has no section \"How the code is laid out\"");
        int open = readme.indexOf("\n```", section);
        int close = readme.indexOf("\n```", open + 4);
        List<String> order = new ArrayList<>();
        for (String line : readme.substring(readme.indexOf('\n', open + 1) + 1, close).split("\n")) {
            if (!line.isBlank()) {
                order.add(line.strip().split("\\s+")[0]);
            }
        }
        return order;
    }

    /** Each use of a later package, as {@code file:line: message}. */
    private static List<String> faults(List<String> order, Path sources) throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String own = "dossier." + sources.relativize(file).getParent().getFileName();
                String code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
                Matcher use = USE.matcher(code);
                while (use.find()) {
                    String used = "dossier." + use.group(1);
                    if (order.indexOf(used) > order.indexOf(own)) {
                        int line = (int) code.substring(0, use.start()).chars().filter(c -> c == '\n').count() + 1;
                        faults.add(sources.relativize(file).toString().replace('\\', '/') + ":" + line + ": " + own
                                + " uses " + used + ", which comes after it");
                    }
                }
            }
        }
        return faults;
    }

    /** The source with comments and literals blanked out, line ends kept so that line numbers stay true. */
    private static String codeOnly(String source) {
        Matcher matcher = NOT_CODE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group().replaceAll("[^\\n]", " ")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Set<String> packages(Path sources) throws IOException {
        try (Stream<Path> folders = Files.list(sources.resolve("dossier"))) {
            return new TreeSet<>(folders.filter(Files::isDirectory).map(f -> "dossier." + f.getFileName()).toList());
        }
    }
}
