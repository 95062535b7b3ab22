package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content is strict UTF-8: the first bad byte is an error at its line and column, in characters. */
class SourceTextTest {
    @TempDir
    Path temp;

    private static SourceText.Result decode(byte[] bytes) {
        return SourceText.decode(bytes, "content/a.md");
    }

    private static byte[] bytes(String text, int... tail) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        return all;
    }

    private static String text(SourceText.Result result) {
        return ((SourceText.Text) result).text();
    }

    /** The hash a build fingerprints the file by: of its bytes as they are, a byte order mark included. */
    @Test
    void theHashIsOfTheBytesRead() throws IOException {
        byte[] marked = bytes("\uFEFFtitle: é");
        assertEquals(Sha256.hex(marked), ((SourceText.Text) decode(marked)).sha256());
        byte[] ascii = bytes("title: x");
        assertEquals(Sha256.hex(ascii), ((SourceText.Text) decode(ascii)).sha256());
        Path file = temp.resolve("a.md");
        Files.write(file, ascii);
        assertEquals(Sha256.hex(Files.readAllBytes(file)), ((SourceText.Text) SourceText.read(file, "content/a.md"))
                .sha256());
        assertEquals("b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78", Sha256.hex("ABC".getBytes(
                StandardCharsets.UTF_8)));
    }

    private static String error(SourceText.Result result) {
        return ((SourceText.Unreadable) result).problem().format();
    }

    @Test
    void asciiAndUtf8ReadAsWritten() {
        assertEquals("title: x\n\0\u007f", text(decode(bytes("title: x\n\0\u007f"))));
        assertEquals("Zürich – 東京", text(decode(bytes("Zürich – 東京"))));
        assertEquals("", text(decode(new byte[0])));
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyAtTheStart() {
        assertEquals("title: é", text(decode(bytes("\uFEFFtitle: é"))));
        assertEquals("a\uFEFFb", text(decode(bytes("a\uFEFFb"))));
    }

    @Test
    void theFirstBadByteIsNamedAtItsLineAndColumn() {
        assertEquals("content/a.md:1:1: the file is not valid UTF-8 (byte 0xFF); save the file as UTF-8 in your editor",
                error(decode(bytes("", 0xFF))));
        assertEquals("content/a.md:2:3: the file is not valid UTF-8 (byte 0xE9); save the file as UTF-8 in your editor",
                error(decode(bytes("ab\ncd", 0xE9, 'x', 0xFF))));
        assertEquals("content/a.md:3:2: the file is not valid UTF-8 (byte 0xC3); save the file as UTF-8 in your editor",
                error(decode(bytes("é\n\nü", 0xC3))));
        assertEquals("content/a.md:1:4: the file is not valid UTF-8 (byte 0x80); save the file as UTF-8 in your editor",
                error(decode(bytes("a東b", 0x80))));
    }

    @Test
    void aFileIsReadFromDisk() throws IOException {
        Path file = Files.write(temp.resolve("a.md"), bytes("line\n", 0xFE));
        assertEquals("content/a.md:2:1: the file is not valid UTF-8 (byte 0xFE); save the file as UTF-8 in your editor",
                error(SourceText.read(file, "content/a.md")));
        Files.writeString(file, "ok ✓");
        assertEquals("ok ✓", text(SourceText.read(file, "content/a.md")));
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotAnException() {
        Path missing = temp.resolve("missing.md");
        Problem problem = ((SourceText.Unreadable) SourceText.read(missing, "content/missing.md")).problem();
        assertEquals("content/missing.md:1:1: cannot read the file: " + missing + "; check that it exists and is readable",
                problem.format());
        Problem folder = ((SourceText.Unreadable) SourceText.read(temp, "content/x")).problem();
        assertEquals("content/x", folder.file());
    }
}
