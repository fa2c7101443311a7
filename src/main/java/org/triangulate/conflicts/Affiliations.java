package org.triangulate.conflicts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which country a named source speaks for, read from the entity gazetteer: a country is itself, a capital stands
 * for its country ("London said"), a government body for the country it belongs to ("the Justice Department").
 * News agencies speak for no one: they carry what others say.
 */
final class Affiliations {

    private final Map<String, String> countryOf = new HashMap<>();
    private final Map<String, String> countryByAlias = new HashMap<>();
    private final Set<String> media = new HashSet<>();

    Affiliations() {
        for (String file : new String[]{"countries.tsv", "curated.tsv", "capitals.tsv", "agencies.tsv"}) {
            read(file);
        }
    }

    private void read(String file) {
        try (InputStream in = Affiliations.class.getResourceAsStream("/gazetteer/" + file)) {
            if (in == null) {
                return;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                String canonical = f[1];
                String attrs = f[3];
                String key = Names.key(canonical);
                if (attrs.contains("kind=country")) {
                    countryOf.put(key, canonical);
                    countryByAlias.put(canonical.toLowerCase(Locale.ROOT), canonical);
                    for (String alias : f[2].split("\\|")) {
                        if (!alias.isBlank()) {
                            countryByAlias.put(alias.toLowerCase(Locale.ROOT), canonical);
                        }
                    }
                }
                if (attrs.contains("kind=media")) {
                    media.add(key);
                }
                for (String attr : attrs.split(";")) {
                    if (attr.startsWith("country=") || attr.startsWith("capital-of=")) {
                        String country = attr.substring(attr.indexOf('=') + 1);
                        if (country.length() > 2) {
                            countryOf.putIfAbsent(key, country);
                            for (String alias : f[2].split("\\|")) {
                                if (alias.length() > 3) { // short acronyms are too ambiguous on their own
                                    countryOf.putIfAbsent(Names.key(alias), country);
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isMedia(String key) {
        return media.contains(key);
    }

    /** The country the named source speaks for, if the gazetteer or a country word inside the name says. */
    Optional<String> countryOf(String key) {
        String c = countryOf.get(key);
        if (c != null) {
            return Optional.of(c);
        }
        return countryIn(key);
    }

    /** A country named inside a phrase: "us deputy attorney general" -> United States. */
    Optional<String> countryIn(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+");
        for (int i = 0; i < w.length; i++) {
            for (int len = 3; len >= 1; len--) {
                if (i + len <= w.length) {
                    String candidate = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len));
                    String c = countryByAlias.get(candidate);
                    if (c != null) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
