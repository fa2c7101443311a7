package org.triangulate.briefing;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's fonts, borrowed glyph by glyph for the characters DejaVu lacks, above all Chinese, Japanese and
 * Korean names. No open CJK font small enough to ship exists on Maven Central, and no single system font covers
 * every script (Droid Sans Fallback has no Hangul), so for the characters a briefing needs the typesetter takes as
 * few fonts as cover them, preferring the well-known CJK fonts. Fonts with TrueType outlines only, single or in a
 * collection (.ttc): PDFBox cannot subset CFF outlines (Noto Sans CJK's .ttc among them) or embed a font whose
 * licence forbids it. Characters no font has are reported, never dropped silently.
 */
final class FallbackFonts {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackFonts.class);

    /** Tried first, in this order (file names, lower case, without extension); the rest follow by path. */
    private static final List<String> PREFERRED = List.of("wqy-zenhei", "wqy-microhei", "notosanscjk-regular",
            "droidsansfallbackfull", "droidsansfallback");
    /** Bitmap-like glyphs for almost everything: only for what nothing else has. */
    private static final String LAST_RESORT = "unifont";
    /** Enough for any real font folder; a folder with more is scanned this far and no further. */
    private static final int MAX_FILES = 2000;
    /** Code points checked for coverage: the BMP and the supplementary planes with CJK and symbols. */
    private static final int MAX_CODE_POINT = 0x3FFFF;

    private static final FallbackFonts SYSTEM = new FallbackFonts(defaultFolders());

    /**
     * One usable font: a TrueType file, or one font of a collection.
     *
     * @param file  the font file
     * @param index the font's place in its collection, 0 for a single font
     * @param name  the font's PostScript name
     */
    record Face(Path file, int index, String name) {
    }

    /**
     * The fonts chosen for a document and what is still missing.
     *
     * @param faces   fonts to register, in fallback order
     * @param missing code points no font has
     */
    record Selection(List<Face> faces, SortedSet<Integer> missing) {
    }

    private final List<Path> folders;
    private List<Path> files;
    /** Coverage of each face already read; an unusable file maps to an empty list. */
    private final Map<Path, List<Covered>> coverage = new HashMap<>();

    private record Covered(Face face, BitSet codePoints) {
    }

    /** The fonts under {@code folders} (searched recursively; a font file stands for itself), for tests. */
    FallbackFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The fonts installed on this system (XDG data folders, /usr/share/fonts, ~/.fonts). */
    static FallbackFonts system() {
        return SYSTEM;
    }

    /**
     * Chooses fonts for {@code needed} (code points the main fonts lack): each candidate in order of preference is
     * taken when it has a glyph for a character still without one.
     */
    synchronized Selection select(Set<Integer> needed) {
        SortedSet<Integer> missing = new TreeSet<>(needed);
        List<Face> chosen = new ArrayList<>();
        if (missing.isEmpty()) {
            return new Selection(chosen, missing);
        }
        for (Path file : files()) {
            for (Covered c : coverageOf(file)) {
                if (missing.removeIf(cp -> c.codePoints().get(cp))) {
                    chosen.add(c.face());
                }
            }
            if (missing.isEmpty()) {
                break;
            }
        }
        return new Selection(chosen, missing);
    }

    /** An open font file; close it after the PDF is written (subsetting reads the glyphs at the end). */
    static final class OpenFace implements Closeable {
        private final Closeable source;
        final TrueTypeFont font;

        private OpenFace(Closeable source, TrueTypeFont font) {
            this.source = source;
            this.font = font;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    static OpenFace open(Face face) throws IOException {
        if (isCollection(face.file())) {
            TrueTypeCollection collection = new TrueTypeCollection(face.file().toFile());
            try {
                TrueTypeFont[] found = new TrueTypeFont[1];
                int[] i = {0};
                collection.processAllFonts(f -> {
                    if (i[0]++ == face.index()) {
                        found[0] = f;
                    }
                });
                if (found[0] == null) {
                    throw new IOException("no font " + face.index() + " in " + face.file());
                }
                return new OpenFace(collection, found[0]);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = parse(face.file().toFile());
        return new OpenFace(font, font);
    }

    private List<Path> files() {
        if (files == null) {
            Set<Path> found = new LinkedHashSet<>();
            for (Path folder : folders) {
                if (!Files.exists(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder, 8)) {
                    walk.filter(p -> isFontFile(p) && Files.isRegularFile(p)).limit(MAX_FILES - found.size())
                            .forEach(p -> found.add(p.toAbsolutePath().normalize()));
                } catch (IOException | RuntimeException e) {
                    LOG.info("Could not list the fonts in {}: {}", folder, e.toString());
                }
            }
            files = found.stream().sorted(Comparator.comparingInt(FallbackFonts::rank).thenComparing(Path::toString)).toList();
        }
        return files;
    }

    private static int rank(Path file) {
        String stem = stem(file);
        int preferred = PREFERRED.indexOf(stem);
        return preferred >= 0 ? preferred : stem.startsWith(LAST_RESORT) ? PREFERRED.size() + 1 : PREFERRED.size();
    }

    private List<Covered> coverageOf(Path file) {
        return coverage.computeIfAbsent(file, f -> {
            try {
                return read(f);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Font {} is not usable: {}", f, e.toString());
                return List.of();
            }
        });
    }

    private static List<Covered> read(Path file) throws IOException {
        List<Covered> out = new ArrayList<>();
        if (isCollection(file)) {
            try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                int[] index = {0};
                collection.processAllFonts(font -> {
                    int i = index[0]++;
                    BitSet cps = usableCoverage(font);
                    if (cps != null) {
                        out.add(new Covered(new Face(file, i, font.getName()), cps));
                    }
                });
            }
        } else {
            try (TrueTypeFont font = parse(file.toFile())) {
                BitSet cps = usableCoverage(font);
                if (cps != null) {
                    out.add(new Covered(new Face(file, 0, font.getName()), cps));
                }
            }
        }
        return out;
    }

    /** The code points {@code font} has glyphs for, or null when PDFBox cannot embed it. */
    static BitSet usableCoverage(TrueTypeFont font) throws IOException {
        if (!font.getTableMap().containsKey("glyf") || font.getTableMap().containsKey("CFF ")) {
            return null; // CFF outlines: PDFBox 3 cannot subset them
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null && ((os2.getFsType() & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                || (os2.getFsType() & (OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING | OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY)) != 0)) {
            return null; // the licence forbids embedding a subset
        }
        return coverage(font);
    }

    /** The code points {@code font}'s Unicode cmap maps to a glyph. */
    static BitSet coverage(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        BitSet cps = new BitSet();
        if (cmap == null) {
            return cps;
        }
        for (int cp = 0x20; cp <= MAX_CODE_POINT; cp++) {
            if (cp == 0xD800) {
                cp = 0xE000; // surrogates are not characters
            }
            if (cmap.getGlyphId(cp) > 0) {
                cps.set(cp);
            }
        }
        return cps;
    }

    private static TrueTypeFont parse(File file) throws IOException {
        RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file);
        try {
            return file.getName().toLowerCase(Locale.ROOT).endsWith(".otf") ? new OTFParser().parse(in) : new TTFParser().parse(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    private static boolean isCollection(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Where fontconfig looks on Linux: the XDG data folders' {@code fonts}, and the old {@code ~/.fonts}. */
    private static List<Path> defaultFolders() {
        Set<Path> out = new LinkedHashSet<>();
        String home = System.getProperty("user.home", "");
        String dataHome = System.getenv("XDG_DATA_HOME");
        out.add(dataHome == null || dataHome.isBlank() ? Path.of(home, ".local", "share", "fonts") : Path.of(dataHome, "fonts"));
        String dataDirs = System.getenv("XDG_DATA_DIRS");
        for (String dir : (dataDirs == null || dataDirs.isBlank() ? "/usr/local/share:/usr/share" : dataDirs).split(":")) {
            if (!dir.isBlank()) {
                out.add(Path.of(dir, "fonts"));
            }
        }
        out.add(Path.of("/usr/share/fonts"));
        out.add(Path.of(home, ".fonts"));
        return List.copyOf(out);
    }
}
