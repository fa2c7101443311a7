package org.triangulate.nlp;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alias dictionary: canonical names of countries, capitals, threat actors, agencies and well-known bodies with
 * the ways they are written. Loaded from the TSV files under {@code resources/gazetteer/}, optionally with an
 * analyst's own entries on top (theirs win when an alias is claimed twice). Immutable and thread-safe.
 * <p>
 * TSV format, one entry a line: {@code type \t canonical \t alias|alias|~cueAlias \t key=value;key=value}.
 */
public final class Gazetteer {

    /** Bundled files, most authoritative first: an alias claimed by an earlier file keeps that file's entry. */
    static final List<String> BUNDLED = List.of("curated.tsv", "countries.tsv", "capitals.tsv", "agencies.tsv", "threat-actors.tsv");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byAlias;
    private final List<String> aliasList;
    private final SynonymMap synonymMap;
    private final String version;
    private final Set<String> demonyms;

    private Gazetteer(List<GazetteerEntry> entries, Set<String> demonyms, String version) {
        this.entries = List.copyOf(entries);
        this.demonyms = Set.copyOf(demonyms);
        this.version = version;
        Map<String, GazetteerEntry> index = new LinkedHashMap<>();
        for (GazetteerEntry e : entries) {
            for (String alias : e.aliases()) {
                index.putIfAbsent(alias, e);
            }
        }
        this.byAlias = Map.copyOf(index);
        this.aliasList = List.copyOf(index.keySet());
        this.synonymMap = buildSynonymMap(aliasList);
    }

    /** The gazetteer shipped with the application. */
    public static Gazetteer bundled() {
        return Holder.BUNDLED_GAZETTEER;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED_GAZETTEER = load(List.of());
    }

    /** The bundled gazetteer with extra entries loaded on top (they win alias conflicts). */
    public static Gazetteer withUserEntries(List<GazetteerEntry> extra) {
        return load(extra);
    }

    /** The bundled gazetteer with an analyst's TSV file loaded on top. */
    public static Gazetteer withUserFile(Path tsv) throws IOException {
        try (Reader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            return load(parse(r));
        }
    }

    private static Gazetteer load(List<GazetteerEntry> extra) {
        Map<String, GazetteerEntry> merged = new LinkedHashMap<>();
        MessageDigest digest = sha1();
        for (GazetteerEntry e : extra) {
            merged.merge(key(e), e, GazetteerEntry::mergedWith);
            digest.update(e.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (String file : BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer file missing from the classpath: " + file);
                }
                byte[] bytes = in.readAllBytes();
                digest.update(bytes);
                for (GazetteerEntry e : parse(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                    merged.merge(key(e), e, GazetteerEntry::mergedWith);
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        Set<String> demonyms = new LinkedHashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/demonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file missing from the classpath: demonyms.txt");
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    demonyms.add(line.trim());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Gazetteer(new ArrayList<>(merged.values()), demonyms, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    private static String key(GazetteerEntry e) {
        return e.type() + ":" + e.canonical();
    }

    /** Parses gazetteer TSV lines; blank lines and lines starting with # are skipped. */
    static List<GazetteerEntry> parse(Reader reader) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IOException("gazetteer line needs at least type and canonical name: " + line);
            }
            EntityType type = EntityType.valueOf(cols[0].trim());
            String canonical = cols[1].trim();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> cues = new LinkedHashSet<>();
            aliases.add(canonical);
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) {
                    String alias = a.trim();
                    if (alias.startsWith("~")) {
                        alias = alias.substring(1);
                        cues.add(alias);
                    }
                    if (!alias.isEmpty()) {
                        aliases.add(alias);
                    }
                }
            }
            Map<String, String> attrs = new HashMap<>();
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String kv : cols[3].split(";")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        attrs.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                    }
                }
            }
            out.add(new GazetteerEntry(type, canonical, List.copyOf(aliases), cues, attrs));
        }
        return out;
    }

    private static SynonymMap buildSynonymMap(List<String> aliases) {
        try {
            SynonymMap.Builder b = new SynonymMap.Builder(true);
            CharsRefBuilder scratch = new CharsRefBuilder();
            for (int i = 0; i < aliases.size(); i++) {
                List<String> tokens = GazetteerMatcher.tokens(aliases.get(i));
                if (tokens.isEmpty()) {
                    continue;
                }
                CharsRef input = SynonymMap.Builder.join(tokens.toArray(String[]::new), scratch);
                b.add(input, new CharsRef(GazetteerMatcher.HIT_PREFIX + i), false);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry an exact, case-sensitive alias belongs to. */
    public Optional<GazetteerEntry> find(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** The entry of this type with this canonical name. */
    public Optional<GazetteerEntry> canonical(EntityType type, String canonical) {
        GazetteerEntry e = byAlias.get(canonical);
        if (e != null && e.type() == type && e.canonical().equals(canonical)) {
            return Optional.of(e);
        }
        return entries.stream().filter(x -> x.type() == type && x.canonical().equals(canonical)).findFirst();
    }

    /** "Chinese", "Uyghur": adjectives and group names that are not entity mentions here. */
    public boolean isDemonym(String word) {
        return demonyms.contains(word);
    }

    String alias(int index) {
        return aliasList.get(index);
    }

    SynonymMap synonymMap() {
        return synonymMap;
    }

    /** Changes whenever any gazetteer content changes. */
    public String version() {
        return version;
    }
}
