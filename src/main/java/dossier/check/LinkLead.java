package dossier.check;

/**
 * Where a link leads, worked out from its text and its page's folder alone (its scheme judged, its URL
 * parsed and resolved against the site's base): the part of checking a link that no other page or
 * file can change. Whether the place it leads to exists is judged against each build's files.
 */
sealed interface LinkLead {
    /** A link that is wrong whatever the site holds; {@code error} says why. */
    record Refused(String error) implements LinkLead {}

    /** Another host, {@code mailto:} and the like: {@code dossier check --external} looks at those. */
    record Elsewhere() implements LinkLead {}

    /**
     * A place in the site: {@code path} as the link resolves (for messages), {@code file} the output file
     * it names, and its {@code fragment}, or null.
     */
    record Within(String path, String file, String fragment) implements LinkLead {}
}
