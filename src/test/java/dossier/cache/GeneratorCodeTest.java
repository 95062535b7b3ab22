package dossier.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's identity follows its code, and nothing else about the jar it was built into. */
class GeneratorCodeTest {
    @TempDir
    Path temp;

    @Test
    void aJarRebuiltFromTheSameCodeKeepsItsIdentityAndChangedCodeChangesIt() throws IOException {
        Map<String, String> code = new LinkedHashMap<>(Map.of(
                "dossier/Main.class", "bytecode one",
                "dossier/assets/site.css", "body {}"));
        String first = GeneratorCode.of(jar("first.jar", code, "Built-By: alice", 1_000L, false));
        String rebuilt = GeneratorCode.of(jar("rebuilt.jar", code, "Built-By: bob", 9_000_000L, true));
        assertEquals(first, rebuilt, "entry times, order, the manifest and Maven's build notes do not count");

        code.put("dossier/Main.class", "bytecode two");
        assertNotEquals(first, GeneratorCode.of(jar("changed.jar", code, "Built-By: alice", 1_000L, false)));
    }

    @Test
    void aClassFolderIsIdentifiedByItsFilesContents() throws IOException {
        Path one = folder("one", "compiled A");
        Path two = folder("two", "compiled A");
        Files.setLastModifiedTime(two.resolve("dossier/A.class"), FileTime.fromMillis(0));
        assertEquals(GeneratorCode.of(one), GeneratorCode.of(two));
        assertNotEquals(GeneratorCode.of(one), GeneratorCode.of(folder("three", "compiled B")));
    }

    @Test
    void theRunningCodeHasAStableIdentity() {
        assertEquals(GeneratorCode.identity(), GeneratorCode.identity());
        assertEquals(64, GeneratorCode.identity().length(), "a SHA-256 in hex, not the fallback");
    }

    private Path jar(String name, Map<String, String> code, String manifest, long time, boolean reversed)
            throws IOException {
        Path jar = temp.resolve(name);
        List<Map.Entry<String, String>> entries = new java.util.ArrayList<>(code.entrySet());
        entries.add(Map.entry("META-INF/MANIFEST.MF", manifest));
        entries.add(Map.entry("META-INF/maven/dossier/dossier/pom.properties", "#built at " + time));
        if (reversed) {
            java.util.Collections.reverse(entries);
        }
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(time);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path folder(String name, String classBytes) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder.resolve("dossier"));
        Files.writeString(folder.resolve("dossier/A.class"), classBytes);
        Files.writeString(folder.resolve("dossier/build.properties"), "version=0.1.0");
        return folder;
    }
}
