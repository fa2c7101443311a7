package org.triangulate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP's 3-class CRF (PERSON, ORGANIZATION, LOCATION) for names no list knows. Coarse mode only:
 * the fine-grained KBP rules were 3x slower for the same output, and dates and numbers come from our own rules,
 * so SUTime and the numeric classifiers are off too, and so are the POS tagger and lemmatizer the CRF never reads. The pipeline is built once, lazily (about 2.5 s), and shared:
 * annotating with one pipeline from several threads is safe.
 */
final class StatisticalNer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Characters of text annotated at once: a long article in a few pieces, so memory stays bounded. */
    static final int PIECE = 20_000;
    /** Characters a line may run on before a sentence break is forced for the CRF (a few hundred tokens). */
    static final int LONGEST_SENTENCE = 2_000;

    /** Words the CRF labels as names although they never are one here. */
    private static final Set<String> NEVER_NAMES = Set.of(
            "he", "him", "his", "she", "her", "they", "them", "it", "we", "us", "i", "you", "recently", "now",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Published", "Updated",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Reply", "Leave", "Email");

    private final Gazetteer gazetteer;
    private volatile StanfordCoreNLP pipeline;

    StatisticalNer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static Properties properties() {
        Properties p = new Properties();
        // the 3-class CRF uses no part-of-speech features: without pos and lemma its labels were identical on
        // 4,272 tokens of news (sample corpus plus test paragraphs) and the pipeline ran 2-3x faster
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
        return p;
    }

    StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** Runs the raw pipeline and returns the number of tokens, for throughput measurements. */
    int annotateOnly(String text) {
        Annotation doc = new Annotation(text);
        pipeline().annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Piece piece : annotate(text)) {
            labelledSpans(text, piece.offset(), piece.annotation().get(CoreAnnotations.TokensAnnotation.class), out);
        }
        return withoutPronounUs(text, out);
    }

    /** "WHAT THE FLOODS MEAN FOR US AND IT": the CRF, like the gazetteer, takes that "US" for the country. */
    private List<Candidate> withoutPronounUs(String text, List<Candidate> found) {
        if (found.stream().noneMatch(c -> c.length() == 2 && text.startsWith("US", c.start()))) {
            return found;
        }
        List<int[]> allCapsLines = GazetteerMatcher.allCapsLines(text);
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            int[] line = lineAround(allCapsLines, c.start());
            if (line == null || !GazetteerMatcher.isPronounUs(text, c.start(), c.end(), line[1], gazetteer)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The line of {@code lines} (in text order, disjoint) that holds {@code at}, or null. */
    private static int[] lineAround(List<int[]> lines, int at) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] l = lines.get(mid);
            if (at < l[0]) {
                hi = mid - 1;
            } else if (at >= l[1]) {
                lo = mid + 1;
            } else {
                return l;
            }
        }
        return null;
    }

    /** A piece of a text as CoreNLP annotated it; its token offsets are {@code offset} less than in the text. */
    record Piece(int offset, Annotation annotation) {
    }

    /**
     * The text annotated in pieces of whole lines, at most {@link #PIECE} characters each unless one line is longer,
     * with a sentence break forced every {@link #LONGEST_SENTENCE} characters or so of a longer line. Without the
     * pieces a megabyte-long text is one Annotation of hundreds of thousands of CoreLabels, and without the breaks a
     * line with no full stops (a scraped page) is one "sentence" of all its tokens for the CRF. A text of ordinary
     * length is one piece, annotated exactly as before.
     */
    List<Piece> annotate(String text) {
        List<Piece> out = new ArrayList<>();
        for (int[] p : pieces(text)) {
            Annotation doc = new Annotation(withSentenceBreaks(text.substring(p[0], p[1])));
            pipeline().annotate(doc);
            out.add(new Piece(p[0], doc));
        }
        return out;
    }

    /**
     * [start, end) of consecutive runs of whole lines, each at most {@link #PIECE} characters; a line longer than that
     * is cut at sentence ends (or spaces) as {@link #withSentenceBreaks} would break it.
     */
    static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline + 1;
            if (lineEnd - start > PIECE && lineStart > start) {
                out.add(new int[]{start, lineStart});
                start = lineStart;
            }
            while (lineEnd - start > PIECE) {
                int cut = breakBefore(text, start, start + PIECE);
                if (cut < 0) {
                    int space = text.indexOf(' ', start + PIECE);
                    cut = space < 0 || space >= lineEnd ? lineEnd : space;
                }
                out.add(new int[]{start, cut});
                start = cut;
            }
            lineStart = lineEnd;
        }
        if (start < text.length()) {
            out.add(new int[]{start, text.length()});
        }
        return out;
    }

    /**
     * The text, the same length so offsets hold, with a line break in place of a space wherever a line runs on past
     * {@link #LONGEST_SENTENCE} characters without one: at the last sentence end in the second half of the stretch
     * ("... they said. The"), else at its last space. Line breaks are sentence breaks for the pipeline.
     */
    static String withSentenceBreaks(String text) {
        char[] out = null;
        int sentenceStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                sentenceStart = i + 1;
            } else if (i - sentenceStart >= LONGEST_SENTENCE) {
                int cut = breakBefore(text, sentenceStart, i);
                if (cut < 0) {
                    sentenceStart = i; // one enormous token: nothing to break, and no need to look at it again
                    continue;
                }
                if (out == null) {
                    out = text.toCharArray();
                }
                out[cut] = '\n';
                sentenceStart = cut + 1;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Where to break [start, end): the space after the last sentence end in its second half, else the last space. */
    private static int breakBefore(String text, int start, int end) {
        int lastSpace = -1;
        for (int i = end - 1; i > start; i--) {
            if (text.charAt(i) != ' ') {
                continue;
            }
            if (lastSpace < 0) {
                lastSpace = i;
            }
            if (i - start >= (end - start) / 2 && endsSentence(text, start, i)) {
                return i;
            }
        }
        return lastSpace;
    }

    /** "... they said. " but not "Mr. ", "U.S. " or "Jan. ": a lower-case word and a full stop before the space. */
    private static boolean endsSentence(String text, int start, int space) {
        int p = space - 1;
        if (p <= start || ".!?".indexOf(text.charAt(p)) < 0) {
            return false;
        }
        int letters = 0;
        for (int i = p - 1; i >= start && Character.isLetter(text.charAt(i)); i--) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
            letters++;
        }
        return letters >= 2;
    }

    private void labelledSpans(String text, int offset, List<CoreLabel> tokens, List<Candidate> out) {
        int i = 0;
        while (i < tokens.size()) {
            String label = tokens.get(i).ner();
            EntityType type = typeOf(label);
            if (type == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && label.equals(tokens.get(j + 1).ner())
                    && tokens.get(j + 1).beginPosition() - tokens.get(j).endPosition() <= 1) {
                j++;
            }
            addSpan(text, offset + tokens.get(i).beginPosition(), offset + tokens.get(j).endPosition(), type, out);
            i = j + 1;
        }
    }

    private void addSpan(String text, int start, int end, EntityType type, List<Candidate> out) {
        // spans exclude a leading "the" and a possessive 's, as the gold conventions ask
        String s = text.substring(start, end);
        if (s.startsWith("the ") || s.startsWith("The ")) {
            start += 4;
        }
        if (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2)) {
            end -= 2;
        }
        if (end <= start) {
            return;
        }
        String surface = text.substring(start, end);
        if (surface.length() < 2 || OrganisationHeadRule.HEADS.contains(surface)) {
            return; // "D" of "D-Wash."; "The Group said" names no one in particular
        }
        if (NEVER_NAMES.contains(surface) || gazetteer.isDemonym(surface) || !Character.isUpperCase(surface.charAt(0)) && !Character.isDigit(surface.charAt(0))) {
            return;
        }
        out.add(new Candidate(start, end, type, null, Candidate.Source.STATISTICAL));
    }

    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
