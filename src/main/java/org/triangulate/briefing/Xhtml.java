package org.triangulate.briefing;

/**
 * Builds XHTML with every piece of text escaped. The only way to add text is {@link #text}, which escapes markup
 * characters and drops characters XML cannot hold, so article text can never become markup.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(32_768);

    /** Opens an element; {@code attributes} alternate name, value (values are escaped, names are ours). */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup we wrote ourselves (the stylesheet, fixed fragments); never called with corpus text. */
    Xhtml trusted(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (allowedInXml(cp)) {
                        s.appendCodePoint(cp);
                    } else {
                        s.append('\uFFFD');
                    }
                }
            }
        });
        return s.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
