package org.triangulate.claims;

import org.triangulate.casefile.Stance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/**
 * Proposes the sentences of an article that carry a checkable assertion: a reporting verb, a number or date,
 * named actors. Pre-fills who asserts it (the source named as saying it) and its stance (denied, hedged, alleged
 * or asserted). The analyst accepts or rejects each.
 */
public final class ClaimSuggester {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d[\\d,.]*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 150;
    /**
     * A sentence needs this much evidence of being a claim to be proposed: a reporting verb, or a number or date,
     * or two named actors, or one named actor with a hedge, denial or accusation.
     */
    private static final double THRESHOLD = 1.5;

    public List<SuggestedClaim> suggest(Article article, List<Mention> mentions) {
        List<SuggestedClaim> suggestions = new ArrayList<>();
        for (TextSpan sentence : article.sentences()) {
            SuggestedClaim s = read(article, sentence, mentions);
            if (s != null) {
                suggestions.add(s);
            }
        }
        return suggestions;
    }

    /** The claim this sentence carries, or null when it reads as no claim at all. */
    SuggestedClaim read(Article article, TextSpan sentence, List<Mention> mentions) {
        String text = article.text(sentence);
        String lower = text.toLowerCase(Locale.ROOT);
        String opening = lower.strip();
        if (ClaimLexicon.BOILERPLATE.stream().anyMatch(opening::startsWith) || text.strip().equals(article.title())) {
            return null;
        }
        int words = tokens(text).size();
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return null;
        }
        SuggestedClaim claim = describe(article, sentence, mentions);
        return claim.score() >= THRESHOLD ? claim : null;
    }

    /** What a span says, whether or not it would be suggested: source, stance, entities, values and claim score. */
    public SuggestedClaim describe(Article article, TextSpan span, List<Mention> mentions) {
        String text = article.text(span);
        List<Token> tokens = tokens(text);
        List<Mention> inside = mentions.stream()
                .filter(m -> m.start() >= span.start() && m.end() <= span.end()).toList();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        for (Mention m : inside) {
            if (m.type() == EntityType.QUANTITY || m.type() == EntityType.DATE) {
                values.add(m.type().name() + ':' + m.entity());
            } else {
                entities.add(m.entityKey());
            }
        }
        boolean reporting = tokens.stream().anyMatch(t -> ClaimLexicon.REPORTING.contains(t.lower));
        boolean qualified = tokens.stream().anyMatch(t -> ClaimLexicon.HEDGES.contains(t.lower)
                || ClaimLexicon.DENIAL.contains(t.lower) || ClaimLexicon.ALLEGATION.contains(t.lower));
        double score = 0;
        score += reporting ? 2 : 0;
        score += !values.isEmpty() || DIGIT.matcher(text).find() ? 1.5 : 0;
        score += qualified ? 0.5 : 0;
        int named = mentions.isEmpty() ? capitalisedInside(tokens) : entities.size();
        score += Math.min(2, named);
        String attribution = AttributionReader.attribution(text, span.start(), tokensAsSpans(tokens), inside);
        return new SuggestedClaim(article.id(), article.file(), span, text, attribution, stance(tokens),
                List.copyOf(entities), List.copyOf(values), score);
    }

    /** Denial outranks hedging, which outranks allegation: "denied it likely…" is still a denial. */
    static Stance stance(List<Token> tokens) {
        boolean hedged = false;
        boolean alleged = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower;
            if (ClaimLexicon.DENIAL.contains(w)) {
                return Stance.DENIED;
            }
            hedged |= ClaimLexicon.HEDGES.contains(w)
                    || w.equals("said") && i > 0 && isBe(tokens.get(i - 1).lower) && i + 1 < tokens.size() && tokens.get(i + 1).lower.equals("to");
            alleged |= ClaimLexicon.ALLEGATION.contains(w);
        }
        return hedged ? Stance.HEDGED : alleged ? Stance.ALLEGED : Stance.ASSERTED;
    }

    private static boolean isBe(String w) {
        return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were");
    }

    /** Without entity extraction: capitalised words after the first, as a rough count of names. */
    private static int capitalisedInside(List<Token> tokens) {
        int count = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (Character.isUpperCase(tokens.get(i).text.charAt(0))) {
                count++;
            }
        }
        return count;
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return tokens;
    }

    private static List<AttributionReader.Word> tokensAsSpans(List<Token> tokens) {
        return tokens.stream().map(t -> new AttributionReader.Word(t.text, t.lower, t.start, t.end)).toList();
    }

    record Token(String text, String lower, int start, int end) {
    }
}
