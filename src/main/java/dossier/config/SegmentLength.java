package dossier.config;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * File systems refuse a file or folder name longer than 255 bytes, so no published path may have a
 * segment longer than that: it is refused where the path is declared, not when the build writes it.
 */
public final class SegmentLength {
    public static final int MAX_BYTES = 255;

    private SegmentLength() {}

    /** The first segment of a slash-separated path longer than {@link #MAX_BYTES} UTF-8 bytes. */
    public static Optional<String> tooLong(String path) {
        return Arrays.stream(path.split("/")).filter(SegmentLength::isTooLong).findFirst();
    }

    public static boolean isTooLong(String segment) {
        return segment.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** A long segment shortened for a message. */
    public static String shown(String segment) {
        return segment.length() <= 40 ? segment : segment.substring(0, 20) + "…" + segment.substring(segment.length() - 10);
    }
}
