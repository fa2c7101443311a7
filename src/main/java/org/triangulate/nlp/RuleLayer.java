package org.triangulate.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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

    /** News furniture that stands where a dateline's place would ("BREAKING —", "FILE - In this photo"). */
    private static final Set<String> KICKERS = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS",
            "OPINION", "LIVE", "VIDEO", "PHOTOS", "PHOTO", "FILE", "CORRECTION", "CORRECTED", "COMMENTARY", "EDITORIAL",
            "REVIEW", "INTERVIEW", "FACTBOX", "EXPLAINER", "ADVERTISEMENT", "SPONSORED", "NOTE", "WARNING", "READ", "MORE",
            "RELATED", "LISTEN", "SUBSCRIBE", "SOURCE", "SOURCES", "CREDIT", "PUBLISHED", "URGENT", "FLASH", "ALERT", "NEWS",
            "THE", "AND", "BY", "UPDATES", "RECAP", "PREVIEW", "GRAPHIC", "TRANSCRIPT", "PODCAST", "QUIZ");

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
        out.addAll(datelinePlaces(text, hits));
        out.addAll(DateRules.find(text, published));
        out.addAll(titledPersons.find(text, words));
        out.addAll(organisations.find(text, words, hits));
        out.addAll(QuantityRules.find(text, words));
        return out;
    }

    /**
     * The place a wire dateline names, when the gazetteer does not know it: "TEL AVIV — Israeli officials said",
     * "ASHEVILLE, N.C. (AP) — Floodwaters". Only where the story goes on in ordinary case after it (on an all-caps
     * line "CHINA DENIES HACKING — REPORT" is a headline) and not news furniture ("BREAKING —", "FILE -").
     */
    static List<Candidate> datelinePlaces(String text, List<GazetteerMatcher.Hit> hits) {
        List<Candidate> out = new ArrayList<>();
        int[] hitStarts = hits.stream().mapToInt(GazetteerMatcher.Hit::start).toArray();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Matcher dateline = GazetteerMatcher.DATELINE.matcher(text).region(lineStart, lineEnd);
            if (dateline.lookingAt() && !GazetteerMatcher.isAllCapsLine(text, lineStart, lineEnd)
                    && Arrays.stream(dateline.group(1).split("[ -]")).noneMatch(KICKERS::contains)
                    && !hitWithin(hitStarts, dateline.start(1), dateline.end(1))) {
                out.add(new Candidate(dateline.start(1), dateline.end(1), EntityType.LOCATION, titleCase(dateline.group(1)), Candidate.Source.DATELINE));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean hitWithin(int[] sortedStarts, int from, int to) {
        int i = Arrays.binarySearch(sortedStarts, from);
        int next = i >= 0 ? i : -i - 1;
        return next < sortedStarts.length && sortedStarts[next] < to;
    }

    /** "TEL AVIV" -> "Tel Aviv", "WINSTON-SALEM" -> "Winston-Salem". */
    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(caps.charAt(i - 1));
            b.append(wordStart ? c : Character.toLowerCase(c));
        }
        return b.toString();
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
