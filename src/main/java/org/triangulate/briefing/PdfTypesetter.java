package org.triangulate.briefing;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns the briefing's XHTML into PDF with openhtmltopdf. The document is parsed here with DTDs and external
 * entities forbidden and every external resource is refused ({@link ResourceGuard}), so nothing in the document can
 * reach the network or the file system. DejaVu comes from the classpath; characters it lacks are set, glyph by
 * glyph, in system fonts we open ourselves ({@link FallbackFonts}), and what no font has is reported.
 */
final class PdfTypesetter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfTypesetter.class);
    /** DejaVu (Latin, Greek, Cyrillic), shipped in the jasperreports-fonts jar. */
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    /** Not a real location: relative references resolve against it and are then refused. */
    private static final String BASE_URI = "triangulate:briefing";

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final Face[] FACES = {
        new Face("DejaVu Serif", "DejaVuSerif.ttf", 400, FontStyle.NORMAL),
        new Face("DejaVu Serif", "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
        new Face("DejaVu Serif", "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
        new Face("DejaVu Serif", "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
        new Face("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL),
        new Face("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
        new Face("DejaVu Sans", "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
        new Face("DejaVu Sans", "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
    };

    static {
        // openhtmltopdf logs every stylesheet and font load through java.util.logging; diagnostics reach our
        // consumer below instead, so the CLI's stderr carries only what the analyst needs.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Code points DejaVu Sans has a glyph for. Every family list in the stylesheet ends in it (or in sans-serif, which
     * is it), and DejaVu Serif has no glyph Sans lacks that a briefing would use.
     */
    private static BitSet dejaVu;

    private final ResourceGuard guard = new ResourceGuard();
    private final FallbackFonts fallback;

    PdfTypesetter(FallbackFonts fallback) {
        this.fallback = fallback;
    }

    /** Characters of {@code xhtml}'s text that no font, DejaVu or fallback, has a glyph for: they print as "#". */
    SortedSet<Integer> unprintable(String xhtml) throws IOException {
        return fallback.select(beyondDejaVu(parse(xhtml))).missing();
    }

    /** Renders {@code xhtml} (a complete XHTML document) to PDF bytes. */
    byte[] typeset(String xhtml) throws IOException {
        Document document = parse(xhtml);
        FallbackFonts.Selection borrowed = fallback.select(beyondDejaVu(document));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useUriResolver(guard);
        builder.useHttpStreamImplementation(guard);
        builder.useProtocolsStreamImplementation(guard, "file", "jar", "ftp", "data", "http", "https", "classpath");
        builder.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> LOG.debug("typesetter: {}", d.getFormattedMessage()));
        for (Face face : FACES) {
            String path = FONT_DIR + face.file();
            if (PdfTypesetter.class.getResource(path) == null) {
                throw new IOException("the embedded font " + face.file() + " is missing from the application");
            }
            builder.useFont(() -> openFont(path), face.family(), face.weight(), face.style(), true);
            // also the generic families, so text with no font-family of ours still has an embedded font
            builder.useFont(() -> openFont(path), face.family().endsWith("Serif") ? "serif" : "sans-serif",
                    face.weight(), face.style(), true);
        }
        builder.withW3cDocument(document, BASE_URI);
        builder.withProducer("Triangulate");
        // Tagged, accessible PDF (PDF/UA): screen readers can follow the briefing, and as a side effect the
        // renderer stops preparing the unembedded standard-14 fonts we never use.
        builder.usePdfUaAccessibility(true);
        builder.toStream(pdf);
        List<FallbackFonts.OpenFace> open = new ArrayList<>();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // The final fallback group is searched glyph by glyph after the stylesheet's families; the builder
            // takes only whole font files, not one font of a collection, so the fonts are handed over loaded.
            int n = 1;
            for (FallbackFonts.Face face : borrowed.faces()) {
                FallbackFonts.OpenFace f = FallbackFonts.open(face);
                open.add(f);
                PDType0Font font = PDType0Font.load(renderer.getPdfDocument(), f.font, true);
                renderer.getFontResolver().addFont(new PDFontSupplier(font), "Fallback " + n++, 400, IdentValue.NORMAL,
                        true, PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
            }
            renderer.createPDF();
        } finally {
            for (FallbackFonts.OpenFace f : open) {
                f.close();
            }
        }
        return pdf.toByteArray();
    }

    /** The characters of the document's visible text that DejaVu lacks. */
    private static Set<Integer> beyondDejaVu(Document document) throws IOException {
        BitSet covered = dejaVu();
        Set<Integer> beyond = new TreeSet<>();
        org.w3c.dom.NodeList bodies = document.getElementsByTagNameNS("*", "body");
        if (bodies.getLength() > 0) {
            collect(bodies.item(0), cp -> {
                if (!covered.get(cp) && printable(cp)) {
                    beyond.add(cp);
                }
            });
        }
        return beyond;
    }

    private static void collect(org.w3c.dom.Node node, java.util.function.IntConsumer out) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE || node.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
            node.getNodeValue().codePoints().forEach(out);
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, out);
        }
    }

    /** Whether a glyph is drawn for the code point: not for spaces, controls, joiners and variation selectors. */
    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.UNASSIGNED && !(cp >= 0xFE00 && cp <= 0xFE0F)
                && !(cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static synchronized BitSet dejaVu() throws IOException {
        if (dejaVu == null) {
            BitSet cps = new BitSet();
            try (InputStream in = openFont(FONT_DIR + "DejaVuSans.ttf");
                 TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                cps.or(FallbackFonts.coverage(font));
            }
            dejaVu = cps;
        }
        return dejaVu;
    }

    /** URIs that were asked for and refused during the renders so far. */
    List<String> refusedResources() {
        return guard.refused();
    }

    private static InputStream openFont(String path) {
        InputStream in = PdfTypesetter.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + path + " not found"));
        }
        return in;
    }

    /** Parses our own XHTML with no DTD, no external entity and no XInclude: nothing in it can reach outside. */
    static Document parse(String xhtml) throws IOException {
        try {
            // the JDK's own parser, whatever other XML parser is on the classpath: its hardening features are known
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        } catch (SAXException e) {
            throw new IOException("the briefing document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
