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

    private static String error(SourceText.Result result) {
        return ((SourceText.Unreadable) result).problem().format();
    }

    @Test
    void asciiAndUtf8ReadAsWritten() {
        assertEquals(new SourceText.Text("title: x\n\0\u007f"), decode(bytes("title: x\n\0\u007f")));
        assertEquals(new SourceText.Text("Zürich – 東京"), decode(bytes("Zürich – 東京")));
        assertEquals(new SourceText.Text(""), decode(new byte[0]));
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyAtTheStart() {
        assertEquals(new SourceText.Text("title: é"), decode(bytes("\uFEFFtitle: é")));
        assertEquals(new SourceText.Text("a\uFEFFb"), decode(bytes("a\uFEFFb")));
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
        assertEquals(new SourceText.Text("ok ✓"), SourceText.read(file, "content/a.md"));
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
