package org.triangulate.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one corpus file into an {@link Article}: decodes or extracts its text, separates a metadata header from
 * the body, gathers metadata (sidecar, front matter, HTML/PDF tags, clues in the text, file name, in that order)
 * and splits sentences. Bad files are reported in the {@link ReadResult}, never thrown, so one file cannot stop
 * a folder from being read.
 */
public final class ArticleLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    static final String FRONT_MATTER = "front matter";
    static final String INFERRED = "inferred";

    /** Enough bytes for 5 MB of text in any encoding we read (UTF-8 takes at most 4 bytes a character). */
    private static final int MAX_TEXT_BYTES = 4 * TextLimit.MAX_CHARS + 4;
    /** Pages bigger than this are not news articles; parsing them would only cost memory. */
    private static final long MAX_HTML_BYTES = 64L * 1024 * 1024;
    private static final long MAX_PDF_BYTES = 256L * 1024 * 1024;

    private final SentenceSplitter splitter;
    private final SidecarReader sidecars = new SidecarReader();

    public ArticleLoader(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    public ReadResult read(CorpusFile file) {
        try {
            return readOrReport(file);
        } catch (IOException e) {
            return ReadResult.skipped("unreadable file: " + e.getMessage());
        } catch (RuntimeException e) {
            // a library failing on odd content must cost one file, not the folder
            LOG.warn("could not read {}", file.relativePath(), e);
            return ReadResult.skipped("could not be read: " + e);
        }
    }

    /** A file's article text and what the file itself says about it, or why it has none. */
    private record Extracted(String body, MetaSource embedded, String skipReason) {
        static Extracted skip(String reason) {
            return new Extracted(null, null, reason);
        }
    }

    private ReadResult readOrReport(CorpusFile file) throws IOException {
        ArticleFormat format = ArticleFormat.of(file.path().getFileName().toString()).orElse(ArticleFormat.TEXT);
        List<String> warnings = new ArrayList<>();
        long size = Files.size(file.path());
        if (size == 0) {
            return ReadResult.skipped("empty file");
        }
        Extracted extracted = format == ArticleFormat.PDF ? extractPdf(file, size) : extractText(file, size, format,
                warnings);
        if (extracted.skipReason() != null) {
            return ReadResult.skipped(extracted.skipReason());
        }
        String body = extracted.body();
        int cut = TextLimit.cutPoint(body, TextLimit.MAX_CHARS);
        if (cut < body.length()) {
            warnings.add(TextLimit.truncationWarning(cut, body.length(), size));
            body = body.substring(0, cut);
        }
        List<TextSpan> sentences = splitter.split(body);
        ArticleMeta found = metadata(file, body, extracted.embedded(), warnings);
        ArticleMeta meta = MetaMerger.FILE_NAME.equals(found.origin())
                ? LeadTitle.from(body, sentences).map(t -> withLeadTitle(found, t)).orElse(found) : found;
        Article article = new Article(ArticleId.of(body), file.relativePath(), meta, body, sentences);
        return ReadResult.ok(article, warnings);
    }

    private static ArticleMeta withLeadTitle(ArticleMeta meta, String title) {
        return new ArticleMeta(title, meta.outlet(), meta.url(), meta.published(), meta.language(), LeadTitle.ORIGIN);
    }

    private static Extracted extractPdf(CorpusFile file, long size) {
        if (size > MAX_PDF_BYTES) {
            return Extracted.skip(tooLarge(size));
        }
        PdfText pdf = PdfText.read(file.path().toFile());
        return pdf.skipReason() != null ? Extracted.skip(pdf.skipReason()) : new Extracted(pdf.text(), pdf.meta(), null);
    }

    private static Extracted extractText(CorpusFile file, long size, ArticleFormat format, List<String> warnings)
            throws IOException {
        boolean html = format == ArticleFormat.HTML;
        if (html && size > MAX_HTML_BYTES) {
            return Extracted.skip(tooLarge(size));
        }
        boolean cutShort = !html && size > MAX_TEXT_BYTES;
        byte[] bytes = readBytes(file, cutShort);
        DecodedText decoded = html
                ? TextDecoder.decode(bytes, false, HtmlText.declaredCharset(bytes))
                : TextDecoder.decode(bytes, cutShort);
        if (!decoded.isText()) {
            return Extracted.skip(decoded.skipReason());
        }
        if (decoded.warning() != null) {
            warnings.add(decoded.warning());
        }
        if (html) {
            HtmlText page = HtmlText.parse(decoded.text());
            return page.text().isBlank() ? Extracted.skip("empty file") : new Extracted(page.text(), page.meta(), null);
        }
        String text = decoded.text();
        FrontMatter header = FrontMatter.find(text);
        if (header == null) {
            return text.isBlank() ? Extracted.skip("empty file") : new Extracted(text, null, null);
        }
        String body = text.substring(header.bodyStart());
        return body.isBlank() ? Extracted.skip("empty file (only a metadata header)")
                : new Extracted(body, frontMatterMeta(header, warnings), null);
    }

    private ArticleMeta metadata(CorpusFile file, String body, MetaSource embedded, List<String> warnings) {
        MetaMerger merger = new MetaMerger()
                .add(sidecars.read(file.path(), warnings))
                .add(embedded);
        if (!merger.hasTitle() || !merger.hasDate()) {
            merger.add(new MetaSource(INFERRED, TextClues.headline(body), null, null, TextClues.date(body), null));
        }
        if (!merger.hasLanguage()) {
            merger.add(new MetaSource(INFERRED, null, null, null, null, LanguageGuesser.guess(body)));
        }
        return merger.build(file.path().getFileName().toString());
    }

    private static MetaSource frontMatterMeta(FrontMatter header, List<String> warnings) {
        String dateText = header.get("date", "published");
        LocalDate date = DateParser.parse(dateText);
        if (dateText != null && date == null) {
            warnings.add("front matter date not understood: '" + dateText + "'");
        }
        return new MetaSource(FRONT_MATTER, header.get("title", "headline"),
                header.get("outlet", "source", "publisher"), header.get("url", "link"), date,
                header.get("language", "lang"));
    }

    private static byte[] readBytes(CorpusFile file, boolean cutShort) throws IOException {
        if (!cutShort) {
            return Files.readAllBytes(file.path());
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(MAX_TEXT_BYTES);
        }
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "file too large (%,d MB)", size / (1024 * 1024));
    }
}
