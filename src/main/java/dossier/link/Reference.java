package dossier.link;

import dossier.problem.Position;

/**
 * A field of one record that names another record.
 *
 * @param from    key of the record holding the reference ("exercises/peace-mission-2007")
 * @param pointer JSON Pointer of the value, for example "/participants/2/country"
 * @param to      key of the record it names ("countries/china")
 */
public record Reference(String from, String pointer, String to, Position at) {

    /** The top-level field the reference sits in ("participants"). */
    public String field() {
        return pointer.substring(1).split("/", 2)[0].replace("~1", "/").replace("~0", "~");
    }

    public String toCollection() {
        return to.substring(0, to.indexOf('/'));
    }

    public String fromCollection() {
        return from.substring(0, from.indexOf('/'));
    }
}
