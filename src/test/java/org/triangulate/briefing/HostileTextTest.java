package org.triangulate.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Stance;

/**
 * Article text, titles, outlets and URLs are untrusted: whatever they hold must come out as the same characters,
 * never as markup, and rendering must not reach the network or the file system.
 */
class HostileTextTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String origin;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** One line of each kind of attack, all in one article body and quoted as one claim. */
    private String hostileQuote() {
        return "Officials said <img src=\"" + origin + "/pixel.png\"> and <script>alert(1)</script> "
                + "[read more](file:///etc/passwd) ![chart](" + origin + "/chart.png) <a href=\"file:///etc/passwd\">x</a> "
                + "*shouted* __loudly__ | pipe | &amp; &#60;b&#62; <" + origin + "/auto> <!-- comment --> ]]> "
                + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]> &xxe; `code` \\ end.";
    }

    private Briefing hostileBriefing() {
        String quote = hostileQuote();
        String body = "# Heading injection\n" + quote + " Second sentence is plain.";
        BriefingFixture f = new BriefingFixture();
        f.articles.clear();
        f.article("evil.html", "<b>Evil</b> Outlet](javascript:alert(1))", "<script>document.title</script> *Title* [x](" + origin + ")",
                origin + "/story?<img src=x>", LocalDate.of(2024, 3, 27), body);
        f.article("other.txt", "Plain Outlet", "1. Not a list", null, LocalDate.of(2024, 3, 26), "> quoted " + quote);
        int start = body.indexOf(quote);
        String c1 = f.kase.nextClaimId();
        f.kase = f.kase.withClaim(new Claim(c1, QuoteAnchor.of("evil.html", body, start, start + quote.length()),
                null, Stance.ASSERTED, List.of(), List.of(), "", null, ClaimStatus.ACCEPTED));
        String otherBody = f.article("other.txt").body();
        int s2 = otherBody.indexOf(quote);
        String c2 = f.kase.nextClaimId();
        f.kase = f.kase.withClaim(new Claim(c2, QuoteAnchor.of("other.txt", otherBody, s2, s2 + quote.length()),
                null, Stance.ASSERTED, List.of(), List.of(), "", null, ClaimStatus.ACCEPTED));
        String group = f.kase.nextGroupId();
        f.kase = f.kase.withNewGroup("- <iframe src=\"" + origin + "/frame\"></iframe> [^99] summary", List.of(c1, c2));
        f.kase = f.kase.withBriefing(new BriefingDraft("<title>Pwned</title> # [t](file:///etc/passwd)",
                "<span style=\"display:none\">SECRET</span>", "", false, List.of()));
        BriefingConflict conflict = new BriefingConflict("k", "QUANTITY<script>", BriefingConflict.Severity.HIGH, group,
                "<style>@import url(" + origin + "/x.css);</style>", List.of(
                new BriefingConflict.Variant("<img src=" + origin + "/v.png>", "evil.html", start, start + quote.length(), quote, "<b>1</b>"),
                new BriefingConflict.Variant("Plain Outlet", "other.txt", s2, s2 + quote.length(), quote, "2")), null);
        return f.assemble(new EvidenceInput(List.of(conflict), Map.of()));
    }

    @Test
    void markdownHasNoLinkImageOrHtmlNodeAndKeepsEveryCharacter() {
        String md = new MarkdownBriefingWriter().write(hostileBriefing());
        MarkdownTree tree = new MarkdownTree(md);
        assertThat(tree.all(HtmlInline.class)).isEmpty();
        assertThat(tree.all(HtmlBlock.class)).isEmpty();
        assertThat(tree.all(Link.class)).isEmpty();
        assertThat(tree.all(Image.class)).isEmpty();
        assertThat(tree.all(Emphasis.class)).as("no emphasis from article text").isEmpty();
        // our own bold labels are the only strong emphasis; none of it comes from "__loudly__"
        assertThat(tree.all(StrongEmphasis.class)).noneMatch(n -> MarkdownTree.text(n).contains("loudly"));
        // the only block quotes are our DRAFT and UNREVIEWED notes (this case has nothing reviewed)
        assertThat(tree.all(BlockQuote.class)).allMatch(q -> MarkdownTree.text(q).startsWith("DRAFT")
                || MarkdownTree.text(q).startsWith("UNREVIEWED"));
        assertThat(tree.headings(1)).containsExactly("<title>Pwned</title> # [t](file:///etc/passwd)");
        String text = String.join("\n", tree.paragraphs());
        assertThat(text).contains(hostileQuote().replace("\\ end", "\\ end"));
        assertThat(MarkdownTree.references(md)).doesNotContain(99).isNotEmpty();
    }

    @Test
    void pdfShowsTheTextLiterallyAndFetchesNothing() throws IOException {
        PdfBriefingWriter writer = new PdfBriefingWriter(PaperSize.A4);
        byte[] pdf = writer.write(hostileBriefing());
        String text = String.join("\n", PdfBriefingTest.pageTexts(pdf)).replaceAll("\\s+", " ");
        assertThat(text).contains("<script>alert(1)</script>").contains("[read more](file:///etc/passwd)")
                .contains("<title>Pwned</title>").contains("<span style=\"display:none\">SECRET</span>")
                .contains("&amp; &#60;b&#62;").contains("&xxe;")
                .doesNotContain("root:x:0:0");
        assertThat(requests).as("requests that reached the server").hasValue(0);
        assertThat(writer.refusedResources()).as("nothing was even asked for").isEmpty();
    }

    @Test
    void theTypesetterRefusesExternalResourcesEvenInItsOwnMarkup() throws IOException {
        // If escaping ever failed, this is what would reach the typesetter.
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<link rel=\"stylesheet\" href=\"" + origin + "/style.css\"/>"
                + "<link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>"
                + "<style>@import url(\"" + origin + "/import.css\"); @font-face { font-family: X; src: url(\"" + origin + "/f.ttf\"); }"
                + " body { background-image: url(\"" + origin + "/bg.png\"); font-family: X, serif; }</style></head><body>"
                + "<img src=\"" + origin + "/img.png\"/><img src=\"file:///etc/passwd\"/><img src=\"jar:file:///x.jar!/a.png\"/>"
                + "<object data=\"" + origin + "/obj.pdf\" type=\"application/pdf\"></object>"
                + "<p>still renders</p></body></html>";
        PdfTypesetter typesetter = new PdfTypesetter(FallbackFonts.system());
        byte[] pdf = typesetter.typeset(xhtml);
        assertThat(String.join("", PdfBriefingTest.pageTexts(pdf))).contains("still renders");
        assertThat(requests).as("requests that reached the server").hasValue(0);
        assertThat(typesetter.refusedResources()).anyMatch(u -> u.contains("/img.png"))
                .anyMatch(u -> u.contains("/style.css")).anyMatch(u -> u.contains("etc/passwd"));
    }

    @Test
    void doctypesAndEntitiesAreRejectedBeforeTypesetting() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&xxe;</p></body></html>";
        assertThatThrownBy(() -> new PdfTypesetter(FallbackFonts.system()).typeset(xxe)).isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
        String remote = "<!DOCTYPE html SYSTEM \"" + origin + "/html.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"/>";
        assertThatThrownBy(() -> new PdfTypesetter(FallbackFonts.system()).typeset(remote)).isInstanceOf(IOException.class);
        assertThat(requests).hasValue(0);
    }
}
