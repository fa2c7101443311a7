package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads a Markdown briefing back through the CommonMark parser (with GFM tables), as a reader's tool would. */
final class MarkdownTree {

    /** "[^12]: ...": a footnote definition paragraph, as written by {@link MarkdownBriefingWriter}. */
    static final Pattern DEFINITION = Pattern.compile("^\\[\\^(\\d+)]: (.*)$", Pattern.DOTALL);
    static final Pattern REFERENCE = Pattern.compile("\\[\\^(\\d+)]");
    /** The tail of a definition: quote, file and offsets. */
    static final Pattern QUOTE_SOURCE = Pattern.compile(": \u201c(.*)\u201d \\((.+), characters (\\d+)\u2013(\\d+)\\)$", Pattern.DOTALL);

    final Node document;

    MarkdownTree(String markdown) {
        document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
    }

    /** Plain text of a node: its Text and Code literals joined. */
    static String text(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                s.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                s.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                s.append(' ');
            }
        });
        return s.toString();
    }

    List<String> headings(int level) {
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == level) {
                    out.add(text(heading));
                }
            }
        });
        return out;
    }

    /** Texts of all paragraphs (including those inside list items and block quotes). */
    List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                out.add(text(p));
            }
        });
        return out;
    }

    /** Every node of a type anywhere in the document. */
    <T extends Node> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(document, type, out);
        return out;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> out) {
        if (type.isInstance(node)) {
            out.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, out);
        }
    }

    /**
     * Footnote numbers called from the text, in reading order. Read from the source rather than the tree: without a
     * footnote extension CommonMark leaves "[^3]" as text, and an escaped "\\[^3\\]" from an article would look the
     * same there, yet only the unescaped one is a footnote call for a renderer that supports footnotes.
     */
    static List<Integer> references(String markdown) {
        List<Integer> refs = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("[^")) {
                continue; // a definition
            }
            Matcher m = UNESCAPED_REFERENCE.matcher(line);
            while (m.find()) {
                refs.add(Integer.parseInt(m.group(1)));
            }
        }
        return refs;
    }

    private static final Pattern UNESCAPED_REFERENCE = Pattern.compile("(?<!\\\\)\\[\\^(\\d+)]");
}
