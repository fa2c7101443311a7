package org.triangulate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A scraped page can arrive as one line of hundreds of kilobytes, with or without full stops. The extractor's work
 * must grow with the text's length, not with its square, and CoreNLP must never see the whole line as one sentence.
 * Work is measured as the bytes the extracting thread allocates, which is deterministic for the same input (no
 * timing): copying or re-tokenising the line for every word, as the headline check once did, multiplies it.
 */
class LongLineTest {

    private static final String[] SYLLABLES = {"ka", "ro", "len", "mi", "sa", "dor", "vi", "ta", "bru", "nel"};

    /** A made-up capitalised word for {@code n}: names the text repeats, and names it never repeats. */
    private static String name(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.length() < 4 ? b + "lo" : b.toString();
    }

    /** News sentences about made-up people, bodies and places, on one line, at least {@code length} characters. */
    private static String newsOnOneLine(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < length; i++) {
            String first = name(i % 37 + 100);
            String surname = name(i + 1_000);
            String place = name(i % 53 + 5_000);
            b.append("Deputy Prime Minister ").append(first).append(' ').append(surname)
                    .append(" said on Monday that the ").append(place).append(" Maritime Authority had fined ")
                    .append(i % 90 + 3).append(" companies. ")
                    .append(surname).append(" told Reuters in London that 2,500 people left ").append(place)
                    .append(" in March 2024. The hacking group APT31, also known as Judgment Panda, targeted the ")
                    .append(place).append(" Electoral Commission (").append(place.toUpperCase(), 0, 3)
                    .append("EC), and officials in Washington said the US Justice Department would respond within 14 days. ");
        }
        return b.toString();
    }

    private static long bytesAllocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void rulesWorkGrowsLinearly(UnaryOperator<String> page) {
        assumeThat(ManagementFactory.getThreadMXBean()).isInstanceOf(com.sun.management.ThreadMXBean.class);
        String small = page.apply(newsOnOneLine(100_000));
        String large = page.apply(newsOnOneLine(300_000));
        assertThat(small).doesNotContain("\n");
        SharedExtractors.RULES.extract(small); // loads classes and the gazetteer, which is no part of the per-text work
        long smallBytes = bytesAllocatedBy(() -> SharedExtractors.RULES.extract(small));
        long largeBytes = bytesAllocatedBy(() -> SharedExtractors.RULES.extract(large));
        double growth = (double) largeBytes / smallBytes;
        double lengthGrowth = (double) large.length() / small.length();
        System.out.printf("rules on one line: %d -> %d characters, %d -> %d bytes allocated (%.2fx for %.2fx)%n",
                small.length(), large.length(), smallBytes, largeBytes, growth, lengthGrowth);
        assertThat(growth).as("work grew %.1fx for %.1fx the text (%d -> %d bytes)", growth, lengthGrowth, smallBytes, largeBytes)
                .isLessThan(lengthGrowth * 1.3);
    }

    @Test
    void rulesWorkOnOneLongLineOfSentencesGrowsLinearlyWithItsLength() {
        rulesWorkGrowsLinearly(text -> text);
    }

    @Test
    void rulesWorkOnOneLongLineWithoutPunctuationGrowsLinearlyWithItsLength() {
        rulesWorkGrowsLinearly(text -> text.replaceAll("[.,()]", ""));
    }

    @Test
    void rulesWorkOnOneLongTitleCaseLineGrowsLinearlyWithItsLength() {
        // every word capitalised and no full stop: the line looks like a headline, which the organisation rule skips
        rulesWorkGrowsLinearly(text -> {
            StringBuilder b = new StringBuilder(text.replaceAll("[.,()]", ""));
            for (int i = 0; i < b.length(); i++) {
                if (i == 0 || b.charAt(i - 1) == ' ') {
                    b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                }
            }
            return b.toString();
        });
    }

    @Test
    void coreNlpSeesALongLineInBoundedPiecesAndSentences() {
        String body = newsOnOneLine(30_000).replaceAll("[.,()]", "") + " Ambassador Karolina Wexford arrived in Paris";
        StatisticalNer ner = new StatisticalNer(Gazetteer.bundled());
        List<StatisticalNer.Piece> pieces = ner.annotate(body);
        assertThat(pieces).hasSizeGreaterThan(1);
        for (StatisticalNer.Piece piece : pieces) {
            assertThat(piece.annotation().get(CoreAnnotations.TextAnnotation.class).length()).isLessThanOrEqualTo(StatisticalNer.PIECE);
            for (CoreMap sentence : piece.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                int from = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int to = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                assertThat(to - from).as("a sentence CoreNLP labels").isLessThanOrEqualTo(StatisticalNer.LONGEST_SENTENCE);
            }
        }
        // names in later pieces come back at their offsets in the whole text
        List<Candidate> found = ner.find(body);
        int wexford = body.indexOf("Karolina Wexford");
        assertThat(found).anyMatch(c -> c.start() == wexford && c.end() == wexford + "Karolina Wexford".length()
                && c.type() == EntityType.PERSON);
        int paris = body.lastIndexOf("Paris");
        assertThat(found).anyMatch(c -> c.start() == paris && c.type() == EntityType.LOCATION);
    }

    @Test
    void piecesCoverTheTextCutOnlyAtLineEndsOrSpacesAndAnOrdinaryArticleIsOnePiece() {
        String article = "Headline\n" + ("The minister said the talks would resume. ".repeat(8) + "\n").repeat(40) + "Last line.";
        assertThat(StatisticalNer.pieces(article)).hasSize(1);
        assertThat(StatisticalNer.withSentenceBreaks(article)).isEqualTo(article);

        String longLine = "Officials said the talks would resume on Monday. ".repeat(2_000);
        String text = "First line\n" + longLine + "\n" + "short line\n".repeat(3_000);
        List<int[]> pieces = StatisticalNer.pieces(text);
        assertThat(pieces.get(0)[0]).isZero();
        assertThat(pieces.get(pieces.size() - 1)[1]).isEqualTo(text.length());
        for (int i = 0; i < pieces.size(); i++) {
            int[] p = pieces.get(i);
            assertThat(p[1] - p[0]).isLessThanOrEqualTo(StatisticalNer.PIECE);
            if (i > 0) {
                assertThat(p[0]).isEqualTo(pieces.get(i - 1)[1]);
                assertThat(text.charAt(p[0] - 1) == '\n' || text.charAt(p[0]) == ' ').as("cut at %d", p[0]).isTrue();
            }
        }
        // inside a piece, a sentence break replaces the space after a sentence end, so offsets hold
        String broken = StatisticalNer.withSentenceBreaks(longLine.substring(0, StatisticalNer.PIECE));
        assertThat(broken).hasSameSizeAs(longLine.substring(0, StatisticalNer.PIECE)).contains("Monday.\nOfficials");
        assertThat(broken.replace('\n', ' ')).isEqualTo(longLine.substring(0, StatisticalNer.PIECE));
    }
}
