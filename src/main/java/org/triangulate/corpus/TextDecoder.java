package org.triangulate.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text. Strict UTF-8 first (what nearly everything is today), UTF-16 when a
 * byte-order mark says so, else windows-1252, which decodes every byte and is what old Western files usually are.
 * A fallback is reported, never silent, because the analyst may see odd characters.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How much of the start of the text is inspected for binary content. */
    private static final int SAMPLE_CHARS = 8192;

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes, boolean cutShort) {
        return decode(bytes, cutShort, WINDOWS_1252);
    }

    /**
     * @param bytes     the file's bytes, possibly only its first part
     * @param cutShort  true when {@code bytes} is only the start of the file, so a multi-byte character may be cut
     * @param fallback  the charset for bytes that are not UTF-8, e.g. the one an HTML page declares
     */
    static DecodedText decode(byte[] bytes, boolean cutShort, Charset fallback) {
        String text;
        String warning = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = decodeUtf8(bytes, 3, cutShort);
            if (text == null) {
                text = new String(bytes, 3, bytes.length - 3, fallback);
                warning = fallbackWarning(fallback);
            }
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, evenLength(bytes.length - 2), StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, evenLength(bytes.length - 2), StandardCharsets.UTF_16LE);
        } else {
            text = decodeUtf8(bytes, 0, cutShort);
            if (text == null) {
                text = new String(bytes, fallback);
                warning = fallbackWarning(fallback);
            }
        }
        if (looksBinary(text)) {
            return DecodedText.notText("binary file (not text)");
        }
        return DecodedText.of(text, warning);
    }

    private static String fallbackWarning(Charset fallback) {
        String name = fallback.equals(WINDOWS_1252) ? "windows-1252 (Latin-1)" : fallback.name();
        return "not valid UTF-8: decoded as " + name + "; check accented characters";
    }

    /** Strict UTF-8, or null when the bytes are not UTF-8. */
    private static String decodeUtf8(byte[] bytes, int offset, boolean cutShort) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        // When only the start of a file was read, a character cut at the end is not an error: leave it out.
        CoderResult result = decoder.decode(in, out, !cutShort);
        if (result.isError()) {
            return null;
        }
        if (!cutShort) {
            result = decoder.flush(out);
            if (result.isError()) {
                return null;
            }
        }
        out.flip();
        return out.toString();
    }

    /** NUL characters or a high share of control characters mean this is not a text someone wrote. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls * 20 > n; // more than 5%
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int evenLength(int length) {
        return length - (length % 2);
    }
}
