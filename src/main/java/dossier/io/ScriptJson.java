package dossier.io;

/**
 * JSON made safe to place inside an HTML {@code <script>} element (JSON-LD, chart data). The HTML
 * tokenizer ends the element at "</script" and is thrown off by "<!--" (after which a "<script"
 * keeps the element open past its real end); old JavaScript parsers end a line at U+2028 and
 * U+2029. Outside strings JSON has none of these characters, so escaping each one wherever it stands
 * gives the same JSON value.
 */
public final class ScriptJson {
    private ScriptJson() {}

    public static String embeddable(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
