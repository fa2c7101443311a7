package org.triangulate.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.triangulate.corpus.TextSpan;

/** Collects the offsets of matched terms instead of producing marked-up text: the UI and CLI mark them up themselves. */
final class MatchOffsetsFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<TextSpan> matches = new ArrayList<>();
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (end > start && end <= content.length()) {
                    matches.add(new TextSpan(start, end));
                }
            }
        }
        return matches;
    }
}
