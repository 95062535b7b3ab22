package dossier.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The output format of {@code .ftlx} templates (sitemap.xml, feed.xml): XML that escapes {@code & < > "}
 * in every value, so a value cannot end an element or an attribute, and drops the characters XML 1.0
 * forbids (most C0 controls, lone surrogates, U+FFFE and U+FFFF): YAML strings may hold them, and one of
 * them makes a feed reader refuse the whole feed. Unlike Freemarker's own XML format it leaves
 * apostrophes as they are, as the JDK's XML writer did: attributes are written in double quotes.
 */
public final class XmlText extends CommonMarkupOutputFormat<XmlText.Markup> {
    public static final XmlText INSTANCE = new XmlText();
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XmlText() {}

    @Override
    public String getName() {
        return "XML text";
    }

    @Override
    public String getMimeType() {
        return "application/xml";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        NOT_XML.matcher(text).replaceAll("").chars().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append((char) c);
            }
        });
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("xml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Markup(plainText, markup);
    }

    /** A value already written as this format's markup. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public XmlText getOutputFormat() {
            return INSTANCE;
        }
    }
}
