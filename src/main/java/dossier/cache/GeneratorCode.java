package dossier.cache;

import dossier.io.Folders;
import dossier.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the generator's own code, for page fingerprints: other code may render the same
 * content differently, so a page kept from a build by other code would differ from a clean build.
 * The version number alone does not change with every change to the code.
 *
 * <p>In a jar the identity comes from the names, sizes and CRC-32s its directory lists, which the
 * JVM has already read: the same sources built again give the same identity, so a build cache kept
 * by CI survives the jar being rebuilt on every run, and any change to a class or a bundled
 * resource, ours or a library's, gives another. Run from a class folder (tests) it reads the
 * folder's files.
 */
public final class GeneratorCode {
    private GeneratorCode() {}

    /** The identity of the code this class was loaded from. */
    public static String identity() {
        return Folders.codeSource(GeneratorCode.class).map(GeneratorCode::of).orElse("unknown code source");
    }

    /** The identity of a jar or a class folder. */
    public static String of(Path codeSource) {
        List<String> entries = Files.isDirectory(codeSource) ? folderEntries(codeSource) : jarEntries(codeSource);
        MessageDigest digest = Sha256.digest();
        for (String entry : entries) {
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return Sha256.hex(digest);
    }

    private static List<String> jarEntries(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream()
                    // Maven writes the build's date and tools there; they say nothing about the code.
                    .filter(entry -> !entry.isDirectory() && !entry.getName().startsWith("META-INF/maven/")
                            && !entry.getName().equals("META-INF/MANIFEST.MF"))
                    .map(GeneratorCode::describe)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(ZipEntry entry) {
        return entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc());
    }

    private static List<String> folderEntries(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> entries = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entries.add(folder.relativize(file).toString().replace('\\', '/') + " " + bytes.length + " "
                        + Long.toHexString(crc.getValue()));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
