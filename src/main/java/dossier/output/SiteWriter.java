package dossier.output;

import java.nio.file.Path;
import java.util.Set;

/**
 * Where one build writes its files: a folder on disk ({@link OutputFolder}) or memory
 * ({@link MemoryOutput}, for {@code serve}). What is written becomes the current site only on
 * {@link #commit()}, so a failed build leaves the current site as it was.
 */
public sealed interface SiteWriter permits OutputFolder, MemoryOutput {

    /**
     * Writes a file at a path relative to the site root ("countries/china/index.html").
     *
     * @return false when the path was written already in this build (two sources claim one file)
     */
    boolean write(String relative, byte[] bytes);

    /** Copies a file from the content into the site; false when the path was written already. */
    boolean copy(String relative, Path source);

    /** True when the current site has this file, so that {@link #keep} can take it over. */
    boolean hasCurrent(String relative);

    /** Takes a file of the current site into the new one unchanged; false when the current site lacks it. */
    boolean keep(String relative);

    /** True when this build has written the file. */
    boolean has(String relative);

    /** Every file written so far, sorted. */
    Set<String> files();

    /** Makes what was written the current site. */
    void commit();

    /** Throws away what was written; the current site is untouched. */
    void abandon();
}
