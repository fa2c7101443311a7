package org.triangulate.casefile;

/**
 * Re-attaches a quote anchor to the current text of its article. Exact offsets win; otherwise the quote is looked
 * for elsewhere (the occurrence whose surrounding text matches best, nearest the old place on a tie). A quote
 * that is no longer in the text is reported as lost, never silently moved to something else.
 */
public final class AnchorResolver {

    /** The outcome: where the quote is now, or that it is lost. */
    public record Resolution(QuoteAnchor anchor, State state) {
        public enum State { EXACT, MOVED, LOST }

        public boolean isLost() {
            return state == State.LOST;
        }
    }

    private AnchorResolver() {
    }

    public static Resolution resolve(QuoteAnchor anchor, String body) {
        if (body == null) {
            return new Resolution(anchor, Resolution.State.LOST);
        }
        if (anchor.end() <= body.length() && body.startsWith(anchor.quote(), anchor.start())) {
            return new Resolution(anchor, Resolution.State.EXACT);
        }
        int best = -1;
        int bestScore = -1;
        for (int at = body.indexOf(anchor.quote()); at >= 0; at = body.indexOf(anchor.quote(), at + 1)) {
            int score = contextScore(anchor, body, at);
            if (score > bestScore || score == bestScore && Math.abs(at - anchor.start()) < Math.abs(best - anchor.start())) {
                best = at;
                bestScore = score;
            }
            if (anchor.quote().isEmpty()) {
                break;
            }
        }
        return best < 0 ? new Resolution(anchor, Resolution.State.LOST)
                : new Resolution(anchor.movedTo(best), Resolution.State.MOVED);
    }

    /** How many characters of the stored context match around position {@code at}. */
    private static int contextScore(QuoteAnchor anchor, String body, int at) {
        int score = 0;
        String prefix = anchor.prefix();
        for (int i = 1; i <= prefix.length() && at - i >= 0 && body.charAt(at - i) == prefix.charAt(prefix.length() - i); i++) {
            score++;
        }
        String suffix = anchor.suffix();
        int end = at + anchor.quote().length();
        for (int i = 0; i < suffix.length() && end + i < body.length() && body.charAt(end + i) == suffix.charAt(i); i++) {
            score++;
        }
        return score;
    }
}
