package org.triangulate.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A font for the scripts DejaVu lacks, above all Chinese, Japanese and Korean names. No open CJK font small enough
 * to ship in the application exists on Maven Central, so the typesetter borrows one the system already has (a
 * TrueType file; collections and CFF-based OpenType cannot be embedded). Glyphs fall back one by one: Latin and
 * Cyrillic stay DejaVu. Without such a font, CJK characters print as "#".
 */
final class FallbackFonts {

    /** The family name the stylesheet lists after DejaVu. */
    static final String CJK_FAMILY = "CJK Fallback";

    private static final List<Path> CJK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),         // Debian, Ubuntu
            Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"), // Fedora
            Path.of("/usr/share/fonts/droid/DroidSansFallbackFull.ttf"),                   // Arch
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private FallbackFonts() {
    }

    /** The first CJK TrueType font installed on this system, if any. */
    static Optional<Path> cjk() {
        return CJK_CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }
}
