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
 * so SUTime and the numeric classifiers are off too. The pipeline is built once, lazily (about 2.5 s), and shared:
 * annotating with one pipeline from several threads is safe.
 */
final class StatisticalNer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

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
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
        Annotation doc = new Annotation(text);
        pipeline().annotate(doc);
        List<Candidate> out = new ArrayList<>();
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
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
            addSpan(text, tokens.get(i).beginPosition(), tokens.get(j).endPosition(), type, out);
            i = j + 1;
        }
        return out;
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
        if (surface.length() < 2) {
            return; // "D" of "D-Wash."
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
