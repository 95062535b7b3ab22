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
    public boolean write(String relative, byte[] bytes);

    /** Copies a file from the content into the site; false when the path was written already. */
    public boolean copy(String relative, Path source);

    /** True when the current site has this file, so that {@link #keep} can take it over. */
    public boolean hasCurrent(String relative);

    /** Takes a file of the current site into the new one unchanged; false when the current site lacks it. */
    public boolean keep(String relative);

    /** True when this build has written the file. */
    public boolean has(String relative);

    /** Every file written so far, sorted. */
    public Set<String> files();

    /** Makes what was written the current site. */
    public void commit();

    /** Throws away what was written; the current site is untouched. */
    public void abandon();
}
