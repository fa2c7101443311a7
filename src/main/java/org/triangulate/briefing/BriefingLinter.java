package org.triangulate.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a briefing against the tradecraft its readers expect (ICD 203 wording, every fact cited, no open
 * high-severity conflict). Runs before every export; the analyst decides what to do about each warning.
 */
public final class BriefingLinter {

    /** Terms only the ICD 203 scale uses ("likely" alone is shared with other scales and tells nothing). */
    private static final Pattern ICD_TERMS = Pattern.compile(
            "\\b(almost no chance|very unlikely|roughly even (chance|odds)|very likely|almost certain(ly)?)\\b");
    /** Terms only the UK Professional Head of Intelligence Assessment yardstick uses. */
    private static final Pattern YARDSTICK_TERMS = Pattern.compile(
            "\\b(remote chance|highly unlikely|realistic possibility|highly likely)\\b");
    /** Words of estimative probability outside both scales. */
    private static final Pattern OTHER_TERMS = Pattern.compile("\\b(probably|probable|possibly|possible|improbable|doubtful)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d+)?\\s*(%|per ?cent)");
    private static final Pattern CONFIDENCE_PHRASE = Pattern.compile("\\b(low|moderate|medium|high)(ly)?[- ]confidence\\b");
    private static final Pattern ANY_LIKELIHOOD = Pattern.compile("\\b(likely|unlikely|even chance|almost certain(ly)?|remote chance|"
            + "realistic possibility|almost no chance)\\b|" + PERCENT.pattern());

    public List<LintWarning> lint(Briefing b) {
        List<LintWarning> warnings = new ArrayList<>();
        mixedScales(b, warnings);
        for (Briefing.Judgment j : b.judgments()) {
            likelihoodWithConfidence(j, warnings);
            if (j.support().isEmpty()) {
                warnings.add(new LintWarning(LintWarning.Rule.UNSUPPORTED_JUDGMENT, "Key judgment " + label(j)
                        + " has no supporting claim group" + (j.groupIds().isEmpty() ? "" : " (named groups "
                        + String.join(", ", j.groupIds()) + " were not found)") + "."));
            }
        }
        uncited(b, warnings);
        for (Briefing.Disagreement d : b.disagreements()) {
            if (d.severity() == BriefingConflict.Severity.HIGH && !d.resolved()) {
                warnings.add(new LintWarning(LintWarning.Rule.UNRESOLVED_HIGH_SEVERITY_CONFLICT,
                        "High-severity " + d.kind().toLowerCase(Locale.ROOT) + " conflict is unresolved: " + quote(d.summary())));
            }
        }
        return warnings;
    }

    /** Every estimative sentence (BLUF and judgments) should speak one scale; the judgment fields speak ICD 203. */
    private static void mixedScales(Briefing b, List<LintWarning> warnings) {
        Set<String> scales = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        if (!b.bluf().draft()) {
            b.bluf().sentences().forEach(s -> texts.add(s.text())); // a draft BLUF is the sources' wording, not ours
        }
        for (Briefing.Judgment j : b.judgments()) {
            texts.add(j.statement().text());
            if (j.likelihood() != null) {
                scales.add("ICD 203");
            }
        }
        for (String text : texts) {
            String t = text.toLowerCase(Locale.ROOT);
            if (ICD_TERMS.matcher(t).find()) {
                scales.add("ICD 203");
            }
            if (YARDSTICK_TERMS.matcher(t).find()) {
                scales.add("UK yardstick");
            }
            if (PERCENT.matcher(t).find() && ANY_LIKELIHOOD.matcher(t.replaceAll(PERCENT.pattern(), "")).find()) {
                scales.add("percentages");
            }
            if (OTHER_TERMS.matcher(t).find()) {
                scales.add("informal terms");
            }
        }
        if (scales.size() > 1) {
            warnings.add(new LintWarning(LintWarning.Rule.MIXED_LIKELIHOOD_SCALES,
                    "Likelihood is expressed on more than one scale: " + String.join(", ", scales)
                            + ". Use the ICD 203 terms throughout."));
        }
    }

    private static void likelihoodWithConfidence(Briefing.Judgment j, List<LintWarning> warnings) {
        String t = j.statement().text().toLowerCase(Locale.ROOT);
        boolean likelihood = j.likelihood() != null || ANY_LIKELIHOOD.matcher(t).find();
        boolean confidence = j.confidence() != null || CONFIDENCE_PHRASE.matcher(t).find();
        if (likelihood && confidence) {
            warnings.add(new LintWarning(LintWarning.Rule.LIKELIHOOD_WITH_CONFIDENCE, "Key judgment " + label(j)
                    + " states both a likelihood and a confidence level; ICD 203 keeps them in separate sentences."));
        }
    }

    private static void uncited(Briefing b, List<LintWarning> warnings) {
        List<String> where = new ArrayList<>();
        List<Statement> all = new ArrayList<>();
        b.bluf().sentences().forEach(s -> {
            all.add(s);
            where.add("BLUF");
        });
        b.agreement().points().forEach(p -> {
            all.add(p.statement());
            where.add("What the sources agree on");
        });
        b.judgments().forEach(j -> j.support().forEach(s -> {
            all.add(s);
            where.add("support of key judgment " + label(j));
        }));
        b.disagreements().forEach(d -> d.variants().forEach(v -> {
            all.add(v.quote());
            where.add("Where they disagree");
        }));
        for (int i = 0; i < all.size(); i++) {
            Statement s = all.get(i);
            if (s.factual() && !s.isCited()) {
                warnings.add(new LintWarning(LintWarning.Rule.UNCITED_FACT, where.get(i) + ": no citation for " + quote(s.text())));
            }
        }
    }

    private static String label(Briefing.Judgment j) {
        return (j.id() == null ? "" : j.id() + " ") + quote(j.statement().text());
    }

    private static String quote(String text) {
        return "\u201c" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\u201d";
    }
}
