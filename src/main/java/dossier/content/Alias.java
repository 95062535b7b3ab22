package dossier.content;

import dossier.problem.Position;

/**
 * An old URL of a page or record ({@code aliases: [/old/path/]}), where it is written.
 *
 * @param path the site path, "/old/path/"
 */
public record Alias(String path, Position at) {}
