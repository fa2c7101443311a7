package org.triangulate.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fast layer: gazetteer look-up through Lucene plus the pattern rules (threat actors, dates, quantities,
 * titled persons, organisation head nouns). Milliseconds per article, so the UI can show its output at once.
 */
final class RuleLayer {

    /** A cue-only alias ("Sandworm") counts when its sentence talks about cyber activity. */
    private static final Pattern CYBER_CUE = Pattern.compile(
            "(?i)\\b(?:group|hackers?|hacking|hacked|actors?|gang|APT|threat|espionage|cyber\\w*|ransomware|malware|intrusions?|breach\\w*|attacks?|campaign|operators?|tracked|known as|GRU|military intelligence)\\b");

    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;
    private final ThreatActorRules threatActors;
    private final PersonTitleRule titledPersons;
    private final OrganisationHeadRule organisations = new OrganisationHeadRule();

    RuleLayer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new GazetteerMatcher(gazetteer);
        this.threatActors = new ThreatActorRules(gazetteer);
        this.titledPersons = new PersonTitleRule(gazetteer);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    List<Candidate> find(String text, LocalDate published) {
        List<Words.Word> words = Words.of(text);
        List<Candidate> out = new ArrayList<>(threatActors.find(text, words));
        List<GazetteerMatcher.Hit> hits = matcher.find(text);
        Set<GazetteerEntry> confirmed = hits.stream().filter(h -> !h.entry().cueAliases().contains(h.alias()))
                .map(GazetteerMatcher.Hit::entry).collect(Collectors.toSet());
        for (GazetteerMatcher.Hit h : hits) {
            if (h.entry().cueAliases().contains(h.alias()) && !confirmed.contains(h.entry()) && !hasCyberCue(text, h.start(), h.end())) {
                continue;
            }
            GazetteerEntry e = h.entry();
            out.add(new Candidate(h.start(), h.end(), e.type(), e.canonical(), Candidate.Source.GAZETTEER, e));
        }
        out.addAll(DateRules.find(text, published));
        out.addAll(titledPersons.find(text, words));
        out.addAll(organisations.find(text, words, hits));
        out.addAll(QuantityRules.find(text, words));
        return out;
    }

    private static boolean hasCyberCue(String text, int start, int end) {
        int from = Sentences.start(text, start);
        int to = end;
        int limit = Math.min(text.length(), end + Sentences.REACH);
        while (to < limit && text.charAt(to) != '\n' && !(text.charAt(to) == '.' && to + 1 < text.length() && text.charAt(to + 1) == ' ')) {
            to++;
        }
        return CYBER_CUE.matcher(text.substring(from, start) + " " + text.substring(end, to)).find();
    }
}
