package dossier.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every JDK has: the hash behind fingerprints, revisions and the generator's identity. */
public final class Sha256 {
    private Sha256() {}

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    /** The hash of a text's UTF-8 bytes, in hexadecimal. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of bytes (a file's), in lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        MessageDigest digest = digest();
        digest.update(bytes);
        return hex(digest);
    }

    /** The hash of what {@code digest} was given, in lower-case hexadecimal; the digest starts again. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds each part's UTF-8 bytes, each followed by a zero byte, so that no two lists of parts hash alike. */
    public static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            update(digest, part.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Adds each part, each followed by a zero byte, as {@link #update(MessageDigest, String...)} does. */
    public static void update(MessageDigest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part);
            digest.update((byte) 0);
        }
    }
}
