package dossier.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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
        return java.util.HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Adds each part's UTF-8 bytes, each followed by a zero byte, so that no two lists of parts hash alike. */
    public static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
