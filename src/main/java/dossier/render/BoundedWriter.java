package dossier.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes a template's output on until it passes a bound, then fails: a {@code <#list 1..2000000000>}
 * would otherwise fill the heap, and every other page of the build with it.
 */
final class BoundedWriter extends Writer {
    /** Far more than any page (the largest real collection page is well under a million). */
    static final long MAX_CHARS = 20_000_000;

    /** What the writer throws when the bound is passed; Freemarker lets a writer's IOException through. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("more than " + MAX_CHARS + " characters");
        }
    }

    private final Writer out;
    private long written;

    BoundedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > MAX_CHARS) {
            throw new TooLarge();
        }
        out.write(chars, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
