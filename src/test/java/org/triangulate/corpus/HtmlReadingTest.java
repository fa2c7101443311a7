package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corpus.TestFiles.read;
import static org.triangulate.corpus.TestFiles.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReadingTest {

    @TempDir
    Path dir;

    private Path story;

    @BeforeEach
    void copyFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/story.html")) {
            story = write(dir, "story.html", in.readAllBytes());
        }
    }

    @Test
    void aStoryWrapperWhoseClassLooksLikeFurnitureIsKept() throws IOException {
        Path page = write(dir, "wrapped.html", ("<html><body><div class=\"story-body ad-free\">"
                + "<p>Floods cut off 300 villages on Monday, officials said.</p>"
                + "<p>Rescue teams reached the valley by boat.</p></div>"
                + "<div class=\"share-bar\">Share on social media</div></body></html>").getBytes());

        Article article = read(dir, page).article();

        assertThat(article.body()).contains("Floods cut off 300 villages").contains("Rescue teams")
                .doesNotContain("Share on social media");
    }

    @Test
    void articleTextKeepsParagraphsOnTheirOwnLines() {
        Article article = read(dir, story).article();

        assertThat(article.body()).isEqualTo("""
                Talks fail in Geneva

                Negotiators left Geneva on Monday without a deal.

                The U.S. envoy said talks would resume.

                Delegates arrive.

                Both sides blamed each other.""");
    }

    @Test
    void scriptsStylesAndPageFurnitureAreDropped() {
        String body = read(dir, story).article().body();

        assertThat(body).doesNotContain("SCRIPT-TEXT", "STYLE-TEXT", "HEADER-TEXT", "NAV-TEXT", "COOKIE-TEXT",
                "SHARE-TEXT", "NOSCRIPT-TEXT", "IFRAME-TEXT", "ASIDE-TEXT", "COMMENT", "FOOTER-TEXT");
    }

    @Test
    void metaTagsGiveTitleOutletUrlDateAndLanguage() {
        ArticleMeta meta = read(dir, story).article().meta();

        assertThat(meta).isEqualTo(new ArticleMeta("Talks fail in Geneva", "The Daily Example",
                "https://example.com/world/talks-fail", LocalDate.of(2024, 3, 26), "en", "html"));
    }

    @Test
    void titleElementIsUsedWhenThereIsNoOpenGraphTitle() {
        ReadResult result = read(dir, "plain.htm",
                "<html><head><title>Plain title</title></head><body><p>Text of the story.</p></body></html>");

        assertThat(result.article().title()).isEqualTo("Plain title");
        assertThat(result.article().body()).isEqualTo("Text of the story.");
    }

    @Test
    void mainIsPreferredToTheRestOfThePageWhenThereIsNoArticleElement() {
        ReadResult result = read(dir, "a.html",
                "<body><div>Site tagline</div><main><p>Only this.</p></main><div>Other stuff</div></body>");

        assertThat(result.article().body()).isEqualTo("Only this.");
    }

    @Test
    void sidecarWinsOverHtmlMetaTags() {
        write(dir, "story.html.meta.json", "{\"outlet\": \"Sidecar Outlet\"}");

        ArticleMeta meta = read(dir, story).article().meta();

        assertThat(meta.outlet()).isEqualTo("Sidecar Outlet");
        assertThat(meta.title()).isEqualTo("Talks fail in Geneva");
        assertThat(meta.origin()).isEqualTo("html");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        ReadResult result = read(dir, "xxe.html", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><html><body><p>Before &xxe; after.</p></body></html>");

        assertThat(result.article().body()).doesNotContain("root:").contains("Before").contains("after.");
    }

    @Test
    void pageWithoutTextIsSkippedAsEmpty() {
        ReadResult result = read(dir, "blank.html", "<html><head><script>x()</script></head><body></body></html>");

        assertThat(result.skipReason()).isEqualTo("empty file");
    }

    @Test
    void pageInItsDeclaredCharsetIsDecodedWithAWarningNamingIt() {
        String html = "<meta charset=\"windows-1251\"><p>\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430.</p>";
        Path page = write(dir, "ru.html", html.getBytes(java.nio.charset.Charset.forName("windows-1251")));

        ReadResult result = read(dir, page);

        assertThat(result.article().body()).isEqualTo("\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430.");
        assertThat(result.warnings()).singleElement().asString().contains("windows-1251");
    }

    @Test
    void latin1PageIsDecodedWithAWarning() {
        Path page = write(dir, "l1.html", "<p>Caf\u00e9 cr\u00e8me.</p>".getBytes(TextDecoder.WINDOWS_1252));

        ReadResult result = read(dir, page);

        assertThat(result.article().body()).isEqualTo("Caf\u00e9 cr\u00e8me.");
        assertThat(result.warnings()).singleElement().asString().contains("windows-1252");
    }
}
