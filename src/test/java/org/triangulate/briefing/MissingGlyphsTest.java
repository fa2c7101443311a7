package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters the PDF's fonts cannot print are named in a warning, never dropped silently; fonts are borrowed per
 * glyph from every usable system font. The font search is confined to the test's own folder or font files.
 */
class MissingGlyphsTest {

    /** Han, Hangul and Kana in one TrueType collection (Debian fonts-wqy-zenhei). */
    static final Path WQY_ZEN_HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    /** Han and Kana but no Hangul (Debian fonts-droid-fallback). */
    static final Path DROID_FALLBACK = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @TempDir
    Path fonts;

    private final Briefing briefing = new BriefingFixture().withAnalystWork().assemble(EvidenceInput.none());

    @Test
    void withNoFallbackFontEveryCjkCharacterIsNamedInAWarning() throws IOException {
        PdfBriefingWriter writer = new PdfBriefingWriter(PaperSize.A4, new FallbackFonts(List.of(fonts)));
        List<LintWarning> warnings = writer.glyphWarnings(briefing);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(LintWarning.Rule.MISSING_GLYPHS);
            assertThat(w.message()).contains("北 (U+5317)", "京 (U+4EAC)", "서 (U+C11C)", "울 (U+C6B8)", "ト (U+30C8)")
                    .contains("\"#\"").contains("fonts-wqy-zenhei");
        });
        String text = String.join("\n", PdfBriefingTest.pageTexts(writer.write(briefing)));
        assertThat(text).contains("Москва").doesNotContain("北京").doesNotContain("서울");
    }

    @Test
    void theExporterAddsTheWarningToPdfExportsOnly() throws IOException {
        BriefingExporter exporter = new BriefingExporter("Ana Lyst", PaperSize.A4, new FallbackFonts(List.of(fonts)));
        assertThat(exporter.warnings(briefing, BriefingExporter.Format.PDF))
                .anySatisfy(w -> assertThat(w.rule()).isEqualTo(LintWarning.Rule.MISSING_GLYPHS));
        assertThat(exporter.warnings(briefing, BriefingExporter.Format.MARKDOWN))
                .noneSatisfy(w -> assertThat(w.rule()).isEqualTo(LintWarning.Rule.MISSING_GLYPHS));
    }

    @Test
    void aFontWithoutHangulLeavesOnlyTheHangulMissing() throws IOException {
        assumeTrue(Files.isRegularFile(DROID_FALLBACK), "Droid Sans Fallback is not installed");
        PdfBriefingWriter writer = new PdfBriefingWriter(PaperSize.A4, new FallbackFonts(List.of(DROID_FALLBACK)));
        assertThat(writer.glyphWarnings(briefing)).singleElement().satisfies(w ->
                assertThat(w.message()).contains("서 (U+C11C)", "울 (U+C6B8)").doesNotContain("北").doesNotContain("ト"));
        String text = String.join("\n", PdfBriefingTest.pageTexts(writer.write(briefing)));
        assertThat(text).contains("北京", "トウキョウ").doesNotContain("서울");
    }

    @Test
    void fontsAreTakenPerGlyphFromAsFewAsCoverTheText() throws IOException {
        assumeTrue(Files.isRegularFile(WQY_ZEN_HEI) && Files.isRegularFile(DROID_FALLBACK), "CJK fonts not installed");
        List<Path> both = List.of(DROID_FALLBACK, WQY_ZEN_HEI);
        FallbackFonts.Selection s = new FallbackFonts(both).select(Set.of(0x5317, 0xC11C, 0x30C8));
        assertThat(s.missing()).isEmpty();
        assertThat(s.faces()).singleElement().satisfies(f -> assertThat(f.file().getFileName().toString()).isEqualTo("wqy-zenhei.ttc"));
        // U+10900 (Phoenician) is in neither: reported, and it does not stop the others being covered
        FallbackFonts.Selection rare = new FallbackFonts(both).select(Set.of(0x5317, 0x10900));
        assertThat(rare.missing()).containsExactly(0x10900);
        assertThat(rare.faces()).hasSize(1);
    }
}
