package org.triangulate.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable article inside a saved web page: its text with paragraphs on their own lines, and what the page's
 * meta tags say about it. Page furniture (scripts, menus, headers, footers, share bars, comment forms) is dropped.
 * jsoup only parses the string we give it: nothing is fetched, no external resource or entity is resolved.
 *
 * @param text the article text
 * @param meta what the page's tags say (origin "html")
 */
record HtmlText(String text, MetaSource meta) {

    static final String ORIGIN = "html";

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "template, svg, canvas, button, select, textarea, object, embed, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], "
            + "[aria-hidden=true]";

    /** Words in class or id names that mark page furniture rather than the article. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("cookie", "cookies", "consent", "share", "sharing",
            "social", "comment", "comments", "related", "newsletter", "subscribe", "subscription", "advert",
            "advertisement", "ads", "ad", "promo", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar",
            "popup", "modal", "paywall", "recommended", "outbrain", "taboola");

    /** Elements after which the text continues on a new paragraph. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "figure", "table", "ul", "ol", "dl", "hr");

    /** Elements after which the text continues on a new line. */
    private static final Set<String> LINES = Set.of("div", "li", "tr", "br", "section", "article", "main",
            "dt", "dd", "figcaption", "address", "caption", "td", "th");

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})",
            Pattern.CASE_INSENSITIVE);

    /**
     * The charset a page declares in its first kilobytes ({@code <meta charset>} or http-equiv), used when its
     * bytes are not UTF-8; windows-1252 when it declares none we know.
     */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                // pages often say ISO-8859-1 and mean windows-1252, which is its superset
                return declared.equals(StandardCharsets.ISO_8859_1) ? TextDecoder.WINDOWS_1252 : declared;
            } catch (IllegalArgumentException e) {
                return TextDecoder.WINDOWS_1252;
            }
        }
        return TextDecoder.WINDOWS_1252;
    }

    static HtmlText parse(String html) {
        Document doc = Jsoup.parse(html, "");
        MetaSource meta = readMeta(doc);
        doc.select(FURNITURE).remove();
        removeBoilerplate(doc);
        return new HtmlText(textOf(mainContent(doc)), meta);
    }

    private static MetaSource readMeta(Document doc) {
        String title = firstNonBlank(
                metaContent(doc, "meta[property=og:title]"),
                metaContent(doc, "meta[name=twitter:title]"),
                doc.title());
        String outlet = firstNonBlank(
                metaContent(doc, "meta[property=og:site_name]"),
                metaContent(doc, "meta[name=application-name]"),
                metaContent(doc, "meta[name=publisher]"));
        String url = firstNonBlank(
                doc.select("link[rel=canonical]").attr("href"),
                metaContent(doc, "meta[property=og:url]"));
        String dateText = firstNonBlank(
                metaContent(doc, "meta[property=article:published_time]"),
                metaContent(doc, "meta[name=date]"),
                metaContent(doc, "meta[name=pubdate]"),
                metaContent(doc, "meta[name=publish-date]"),
                metaContent(doc, "meta[name=dc.date]"),
                metaContent(doc, "meta[itemprop=datePublished]"),
                doc.select("time[datetime]").attr("datetime"));
        String lang = firstNonBlank(
                doc.select("html[lang]").attr("lang"),
                metaContent(doc, "meta[http-equiv=content-language]"));
        return new MetaSource(ORIGIN, title, outlet, url, DateParser.parse(dateText), lang);
    }

    private static void removeBoilerplate(Document doc) {
        int pageText = doc.body().text().length();
        for (Element el : doc.body().select("[class], [id]")) {
            String tag = el.normalName();
            boolean container = tag.equals("body") || tag.equals("main") || tag.equals("article");
            // a container's class ("has-sidebar", "with-comments") describes the page, not furniture; and an element
            // holding most of the page's text is the story itself, whatever its class says ("story-body ad-free")
            if (!container && el.parent() != null && isBoilerplate(el.className() + " " + el.id())
                    && el.text().length() * 2 < pageText) {
                el.remove();
            }
        }
    }

    /** True when a class/id name has a furniture word as one of its parts ("share-bar", "commentList"). */
    static boolean isBoilerplate(String names) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean boundary = !Character.isLetter(c) || (Character.isUpperCase(c) && word.length() > 0);
            if (boundary && word.length() > 0) {
                if (BOILERPLATE_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                word.append(c);
            }
        }
        return false;
    }

    /** The article element with the most text, else main, else the body. */
    private static Element mainContent(Document doc) {
        Elements articles = doc.select("article");
        Element best = null;
        for (Element a : articles) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null && !best.text().isBlank()) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null && !main.text().isBlank() ? main : doc.body();
    }

    private static String textOf(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    appendText(out, (TextNode) node);
                } else if (node instanceof Element) {
                    breakBefore(out, ((Element) node).normalName());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    breakBefore(out, ((Element) node).normalName());
                }
            }
        }, root);
        return tidy(out);
    }

    private static void appendText(StringBuilder out, TextNode node) {
        boolean pre = node.parent() instanceof Element && ((Element) node.parent()).normalName().equals("pre");
        String text = pre ? node.getWholeText() : node.text();
        if (!pre && text.startsWith(" ") && (out.length() == 0 || endsWithSpace(out))) {
            text = text.substring(1); // adjacent inline elements must not add double spaces
        }
        out.append(text);
    }

    private static void breakBefore(StringBuilder out, String tag) {
        if (PARAGRAPHS.contains(tag)) {
            out.append("\n\n");
        } else if (LINES.contains(tag)) {
            out.append('\n');
        }
    }

    private static boolean endsWithSpace(StringBuilder out) {
        return Character.isWhitespace(out.charAt(out.length() - 1));
    }

    /** Trims every line and keeps at most one blank line between paragraphs. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int newlines = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                newlines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(newlines > 1 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            newlines = 1;
        }
        return out.toString();
    }

    private static String metaContent(Document doc, String selector) {
        Element el = doc.selectFirst(selector);
        return el == null ? null : el.attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
