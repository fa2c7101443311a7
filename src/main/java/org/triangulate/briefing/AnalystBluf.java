package org.triangulate.briefing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst's own BLUF, sentence by sentence. The analyst cites a sentence by naming claim groups in brackets,
 * "China denied the accusations [g4].", and each marker becomes the citations of that group's quotes; a sentence
 * without one stays uncited, which the linter reports.
 */
final class AnalystBluf {

    /** "[g4]" or "[g4, s2]": group ids as the claims panel shows them. */
    private static final Pattern MARKER = Pattern.compile("\\[\\s*([gs]\\d+(?:\\s*,\\s*[gs]\\d+)*)\\s*]");

    private AnalystBluf() {
    }

    static List<Statement> sentences(String bluf, Function<String, Statement> groupSupport) {
        List<Statement> out = new ArrayList<>();
        for (String sentence : split(BriefingAssembler.oneLine(bluf))) {
            Set<Integer> refs = new LinkedHashSet<>();
            Matcher m = MARKER.matcher(sentence);
            while (m.find()) {
                for (String id : m.group(1).split(",")) {
                    Statement support = groupSupport.apply(id.strip());
                    if (support != null) {
                        refs.addAll(support.refs());
                    }
                }
            }
            String text = MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").strip();
            if (!text.isEmpty()) {
                out.add(new Statement(text, new ArrayList<>(refs), true));
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                sentences.add(s);
            }
        }
        return sentences;
    }
}
