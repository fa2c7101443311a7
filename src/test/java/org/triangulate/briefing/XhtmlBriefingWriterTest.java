package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft;
import org.w3c.dom.Document;

class XhtmlBriefingWriterTest {

    @Test
    void aLongTitleIsShortenedInTheRunningHeaderOnly() throws IOException {
        BriefingFixture f = new BriefingFixture().withAnalystWork();
        String title = "China denounces malicious slander as the United States, the United Kingdom and New Zealand "
                + "accuse Beijing of cyber attacks on democratic institutions";
        BriefingDraft b = f.kase.briefing();
        f.kase = f.kase.withBriefing(new BriefingDraft(title, b.classification(), b.bluf(), true, b.judgments()));
        Document doc = PdfTypesetter.parse(new PdfBriefingWriter(PaperSize.A4).xhtml(f.assemble(f.conflicts())));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(title);
        String running = doc.getElementsByTagName("div").item(0).getTextContent();
        assertThat(running).endsWith("\u2026").hasSizeLessThanOrEqualTo(90);
        assertThat(title).startsWith(running.substring(0, running.length() - 1));
    }
}
