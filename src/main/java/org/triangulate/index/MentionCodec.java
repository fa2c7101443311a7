package org.triangulate.index;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * A compact text form for the mention cache stored with each article: one mention per line,
 * {@code start TAB end TAB TYPE TAB entity}. The mention text is the body substring, so it is not stored.
 */
final class MentionCodec {

    private MentionCodec() {
    }

    static String encode(List<Mention> mentions) {
        StringBuilder sb = new StringBuilder(mentions.size() * 32);
        for (Mention m : mentions) {
            sb.append(m.start()).append('\t').append(m.end()).append('\t').append(m.type().name()).append('\t')
                    .append(m.entity().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    static List<Mention> decode(String encoded, String body) {
        List<Mention> mentions = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            // A damaged line (cannot happen for a cache we wrote over an unchanged body) is skipped: it is decoded
            // lazily, so an exception here would surface far from the index, in whatever first asked for mentions.
            String[] parts = line.split("\t", 4);
            try {
                int start = Integer.parseInt(parts[0]);
                int end = Integer.parseInt(parts[1]);
                if (parts.length == 4 && start >= 0 && start <= end && end <= body.length()) {
                    mentions.add(new Mention(start, end, body.substring(start, end), EntityType.valueOf(parts[2]), parts[3]));
                }
            } catch (IllegalArgumentException e) {
                // NumberFormatException or an unknown type: skip the line
            }
        }
        return mentions;
    }
}
