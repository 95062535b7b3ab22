package dossier.io;

import dossier.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a content file as strict UTF-8, naming the position of the first bad byte. */
public final class SourceText {
    private SourceText() {}

    /** The outcome: the text, or a problem. */
    public sealed interface Result permits Text, Unreadable {}

    /**
     * @param sha256 the SHA-256 of the bytes the text was decoded from, in hexadecimal: what a build
     *               fingerprints the file by, taken from the one read that also parses it
     */
    public record Text(String text, String sha256) implements Result {}

    public record Unreadable(Problem problem) implements Result {}

    public static Result read(Path file, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Unreadable(Problem.inFile(shownAs, "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable"));
        }
        return decode(bytes, shownAs);
    }

    /** Decodes bytes as strict UTF-8, dropping a byte order mark. */
    public static Result decode(byte[] bytes, String shownAs) {
        if (isAscii(bytes)) {
            // Most content is plain ASCII, which is valid UTF-8 and needs no decoder: copy it as it is.
            return new Text(new String(bytes, StandardCharsets.ISO_8859_1), Sha256.hex(bytes));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text, Sha256.hex(bytes));
        } catch (CharacterCodingException e) {
            return new Unreadable(badByte(bytes, shownAs));
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Problem badByte(byte[] bytes, String shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        output.flip();
        String good = output.toString();
        int line = 1 + (int) good.chars().filter(c -> c == '\n').count();
        int column = good.length() - good.lastIndexOf('\n');
        return new Problem(shownAs, line, column,
                String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[input.position()] & 0xff),
                "save the file as UTF-8 in your editor");
    }
}
