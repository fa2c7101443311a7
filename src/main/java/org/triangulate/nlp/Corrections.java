package org.triangulate.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The analyst's corrections, in the order they were made, and how to replay them on fresh extractor output.
 * Jackson-friendly: {@code {"formatVersion":1,"corrections":[{"kind":"rename",...}]}}.
 *
 * @param formatVersion version of this JSON shape
 * @param corrections   corrections, oldest first; later ones see the effect of earlier ones
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Corrections(int formatVersion, List<Correction> corrections) {

    public static final int FORMAT_VERSION = 1;

    public Corrections {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public static Corrections none() {
        return new Corrections(FORMAT_VERSION, List.of());
    }

    /** These corrections plus one more. */
    public Corrections with(Correction c) {
        List<Correction> all = new ArrayList<>(corrections);
        all.add(c);
        return new Corrections(formatVersion, all);
    }

    /**
     * Applies every correction to one article's freshly extracted mentions.
     *
     * @param article  the article id the mention-level corrections refer to
     * @param body     the article body, to re-anchor mentions whose offsets moved
     * @param mentions extractor output for that body
     * @return corrected mentions, sorted and non-overlapping
     */
    public List<Mention> apply(String article, String body, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Correction c : corrections) {
            if (c instanceof Correction.RenameEntity r) {
                relink(out, r.type(), r.name(), null, r.type(), r.newName());
            } else if (c instanceof Correction.MergeEntities m) {
                relink(out, m.absorbedType(), m.absorbed(), null, m.intoType(), m.into());
            } else if (c instanceof Correction.SplitAlias s) {
                relink(out, s.type(), s.entity(), s.alias(), s.newType(), s.newEntity());
            } else if (c instanceof Correction.DeleteMention d && d.article().equals(article)) {
                int at = anchor(body, d.text(), d.start());
                out.removeIf(m -> m.start() == at && m.text().equals(d.text()));
            } else if (c instanceof Correction.AddMention a && a.article().equals(article)) {
                int at = anchor(body, a.text(), a.start());
                if (at >= 0) {
                    int end = at + a.text().length();
                    out.removeIf(m -> m.start() < end && at < m.end());
                    out.add(new Mention(at, end, a.text(), a.type(), a.entity()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static void relink(List<Mention> mentions, EntityType type, String entity, String onlyText, EntityType newType, String newEntity) {
        mentions.replaceAll(m -> m.type() == type && m.entity().equals(entity) && (onlyText == null || m.text().equals(onlyText))
                ? new Mention(m.start(), m.end(), m.text(), newType, newEntity) : m);
    }

    /** Where the text now is: at the recorded offset if unchanged, else its nearest occurrence; -1 if gone. */
    static int anchor(String body, String text, int recordedStart) {
        if (body.startsWith(text, recordedStart)) {
            return recordedStart;
        }
        int best = -1;
        for (int i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
            if (best < 0 || Math.abs(i - recordedStart) < Math.abs(best - recordedStart)) {
                best = i;
            }
        }
        return best;
    }
}
