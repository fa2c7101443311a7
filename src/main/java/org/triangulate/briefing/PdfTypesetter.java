package org.triangulate.briefing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns the briefing's XHTML into PDF with openhtmltopdf. The document is parsed here with DTDs and external
 * entities forbidden, every external resource is refused ({@link ResourceGuard}), and the fonts come from the
 * classpath, so rendering touches neither the network nor the file system.
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

    private final ResourceGuard guard = new ResourceGuard();

    /** Renders {@code xhtml} (a complete XHTML document) to PDF bytes. */
    byte[] typeset(String xhtml) throws IOException {
        Document document = parse(xhtml);
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
        FallbackFonts.cjk().ifPresent(font -> {
            for (int weight : new int[]{400, 700}) {
                for (FontStyle style : new FontStyle[]{FontStyle.NORMAL, FontStyle.ITALIC}) {
                    builder.useFont(font.toFile(), FallbackFonts.CJK_FAMILY, weight, style, true);
                }
            }
        });
        builder.withW3cDocument(document, BASE_URI);
        builder.withProducer("Triangulate");
        // Tagged, accessible PDF (PDF/UA): screen readers can follow the briefing, and as a side effect the
        // renderer stops preparing the unembedded standard-14 fonts we never use.
        builder.usePdfUaAccessibility(true);
        builder.toStream(pdf);
        builder.run();
        return pdf.toByteArray();
    }

    /** URIs that were asked for and refused during the renders so far. */
    java.util.List<String> refusedResources() {
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
