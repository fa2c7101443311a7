package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.junit.jupiter.api.Test;
import org.triangulate.corpus.Article;

class MarkdownBriefingTest {

    private final BriefingFixture fixture = new BriefingFixture().withAnalystWork();
    private final String markdown = new MarkdownBriefingWriter().write(fixture.assemble(fixture.conflicts()));
    private final MarkdownTree tree = new MarkdownTree(markdown);

    @Test
    void everySectionIsAHeadingInBriefingOrder() {
        assertThat(tree.headings(1)).containsExactly("Charges over China-linked hacking");
        assertThat(tree.headings(2)).containsExactly("Bottom line up front", "Key judgments", "What the sources agree on",
                "Where they disagree", "Coverage", "Entities", "Sources", "Notes");
    }

    @Test
    void everyFootnoteReferenceIsDefinedAndQuotesItsArticleExactly() {
        Map<Integer, String> definitions = new HashMap<>();
        for (String p : tree.paragraphs()) {
            Matcher d = MarkdownTree.DEFINITION.matcher(p);
            if (d.matches()) {
                definitions.put(Integer.parseInt(d.group(1)), d.group(2));
            }
        }
        List<Integer> references = MarkdownTree.references(markdown);
        assertThat(references).isNotEmpty();
        assertThat(definitions.keySet()).as("defined").containsAll(references);
        assertThat(references).as("every note is used").containsAll(definitions.keySet());
        for (var e : definitions.entrySet()) {
            Matcher q = MarkdownTree.QUOTE_SOURCE.matcher(e.getValue());
            assertThat(q.find()).as("note %d names quote, file and offsets: %s", e.getKey(), e.getValue()).isTrue();
            Article a = fixture.article(q.group(2));
            String quoted = a.body().substring(Integer.parseInt(q.group(3)), Integer.parseInt(q.group(4)));
            assertThat(q.group(1)).as("note %d", e.getKey()).isEqualTo(quoted);
            assertThat(e.getValue()).as("note %d names outlet and title", e.getKey()).startsWith(a.outlet() + ", \u201c" + a.title() + "\u201d");
        }
    }

    @Test
    void footnotesAreNumberedInReadingOrder() {
        List<Integer> firstUses = MarkdownTree.references(markdown).stream().distinct().toList();
        assertThat(firstUses).isSorted().startsWith(1);
    }

    @Test
    void analystsBlufIsCitedThroughTheGroupsItNamesAndNotMarkedDraft() {
        String bluf = paragraphAfter("Bottom line up front");
        assertThat(bluf).startsWith("Washington charged seven Chinese nationals.[^").contains("Beijing denied it.[^");
        assertThat(markdown).doesNotContain("DRAFT").doesNotContain("[" + fixture.chargesGroup + "]");
    }

    @Test
    void judgmentsCarryTheirLikelihoodOrConfidenceAndSupport() {
        assertThat(markdown).contains("1. China-linked operators ran the campaign.[^")
                .contains("*Likelihood: very likely (ICD 203).*")
                .contains("*Confidence: moderate.*")
                .contains("Supported by: \u201cThe US Justice Department charged seven Chinese nationals.\u201d");
    }

    @Test
    void conflictsShowEachVariantWithOutletAndTheResolutionOrUnresolved() {
        assertThat(tree.headings(3)).contains("1. Quantity \u2014 High severity", "2. Date \u2014 Medium severity");
        assertThat(markdown).contains("| Reuters | \u201cmore than 10,000 emails\u201d[^")
                .contains("**Resolution:** Accepted: 10000 (Reuters). *Rationale:* Reuters quotes the indictment directly.")
                .contains("**Unresolved.**");
    }

    @Test
    void tablesAreGfmTables() {
        // two conflicts, coverage, four entity kinds, sources
        assertThat(tree.all(TableBlock.class)).hasSize(8);
        assertThat(markdown).contains("| Claim | Reuters | BBC News | Dawn |");
    }

    @Test
    void sourcesListAdmiraltyGradesAndMarkWireCopies() {
        assertThat(markdown).contains("| 1 | Reuters | US charges seven over China-linked hacking | 2024-03-25 | https://example.org/reuters/1 | A \u2014 Completely reliable | O1, wire copy shared with dawn.txt |")
                .contains("| BBC News | Seven charged in hacking campaign | 2024-03-26 | bbc.txt | B \u2014 Usually reliable | O2 |")
                .contains("| Dawn | China-linked hackers charged | 2024-03-26 | https://example.org/dawn | F \u2014 Reliability cannot be judged | O1, wire copy shared with reuters.txt |");
    }

    @Test
    void entitiesAreListedByKindWithAliasesAndCountsButNotQuantities() {
        assertThat(tree.headings(3)).contains("People", "Organisations", "Threat actors", "Places");
        assertThat(markdown).containsPattern("\\| APT31 \\| Zirconium, Judgment Panda \\| [^|]*Violet Typhoon[^|]* \\| 5 \\| 3 \\|")
                .contains("| Москва | Moscow | 1 | 1 |")
                .doesNotContain("| 10,000 |");
    }

    @Test
    void headerNamesAnalystCutOffAndClassification() {
        assertThat(markdown).startsWith("**OFFICIAL \u2014 FOR TRAINING**")
                .contains("- **Analyst:** Ana Lyst").contains("- **Information cut-off:** 26 March 2024")
                .contains("- **Prepared:** 21 November 2026, 06:00 UTC").endsWith("**OFFICIAL \u2014 FOR TRAINING**\n");
    }

    @Test
    void withNoAnalystWorkTheSuggestionsAreMarkedUnreviewedAndTheBlufDraft() {
        BriefingFixture bare = new BriefingFixture();
        String md = new MarkdownBriefingWriter().write(bare.assemble(EvidenceInput.none()));
        MarkdownTree t = new MarkdownTree(md);
        assertThat(md).contains("> **UNREVIEWED").contains("> **DRAFT").contains("No conflicts between sources are recorded.");
        assertThat(MarkdownTree.references(md)).as("the draft BLUF and suggestions are cited").isNotEmpty();
    }

    private String paragraphAfter(String heading) {
        int at = markdown.indexOf("## " + heading);
        String rest = markdown.substring(markdown.indexOf("\n\n", at) + 2);
        return rest.substring(0, rest.indexOf("\n\n"));
    }
}
