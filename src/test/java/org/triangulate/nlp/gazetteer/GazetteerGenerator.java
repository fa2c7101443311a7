package org.triangulate.nlp.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regenerates the MISP-derived gazetteer files under {@code resources/gazetteer/} from the MISP galaxy clusters.
 * Keeps only names, synonyms, ISO codes, capitals and countries; never the description prose.
 * <p>
 * Run from the repository root:
 * {@code java -cp "$(cat cp.txt)" src/test/java/org/triangulate/nlp/gazetteer/GazetteerGenerator.java ../shared/data/misp-galaxy resources/gazetteer}
 * where cp.txt holds the Jackson jars ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class GazetteerGenerator {

    /** MISP names that differ from the short form news uses. */
    private static final Map<String, String> COUNTRY_RENAMES = Map.of(
            "United States of America", "United States",
            "Timor Leste", "Timor-Leste",
            "Palestinian Territory", "Palestine",
            "Czechia", "Czech Republic");

    /** Capitals that are also common words or person names, or equal to their country: not shipped as capitals. */
    private static final Set<String> SKIPPED_CAPITALS = Set.of(
            "Male", "Victoria", "Kingston", "Stanley", "Douglas", "Hamilton", "Plymouth", "Jamestown",
            "The Valley", "West Island", "George Town", "Georgetown", "Saint Helier", "Sofia", "Lima", "Praia");

    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}0-9 .,'&@:/()\\-–]+");
    private static final Pattern ACRONYM_IN_PARENS = Pattern.compile("\\(([A-Z][A-Z0-9&]{2,7})\\)");
    private static final Pattern BRACKET_REF = Pattern.compile("\\[\\d+\\]");

    private GazetteerGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path misp = Path.of(args.length > 0 ? args[0] : "../shared/data/misp-galaxy");
        Path out = Path.of(args.length > 1 ? args[1] : "resources/gazetteer");
        ObjectMapper json = new ObjectMapper();
        Map<String, String> isoToCountry = new HashMap<>();
        writeCountries(json.readTree(misp.resolve("country.json").toFile()), out, isoToCountry);
        writeThreatActors(json.readTree(misp.resolve("threat-actor.json").toFile()), out);
        writeAgencies(json.readTree(misp.resolve("intelligence-agencies.json").toFile()), out, isoToCountry);
    }

    private static void writeCountries(JsonNode root, Path out, Map<String, String> isoToCountry) throws IOException {
        List<String> countries = new ArrayList<>();
        List<String> capitals = new ArrayList<>();
        for (JsonNode v : root.get("values")) {
            String name = v.get("description").asText().trim();
            name = COUNTRY_RENAMES.getOrDefault(name, name);
            JsonNode meta = v.get("meta");
            String iso = meta.path("ISO").asText();
            isoToCountry.put(iso, name);
            countries.add(row("LOCATION", name, List.of(name), "iso=" + iso + ";kind=country"));
            String capital = meta.path("Capital").asText().trim();
            if (!capital.isEmpty() && !capital.equals(name) && !SKIPPED_CAPITALS.contains(capital)) {
                capitals.add(row("LOCATION", capital, List.of(capital), "capital-of=" + name + ";kind=city"));
            }
        }
        write(out.resolve("countries.tsv"), "MISP galaxy country.json: countries (ISO codes kept as data, never matched)", countries);
        write(out.resolve("capitals.tsv"), "MISP galaxy country.json: capitals, linked to their country when used for the government", capitals);
    }

    private static void writeThreatActors(JsonNode root, Path out) throws IOException {
        Set<String> taken = new LinkedHashSet<>();
        List<String> rows = new ArrayList<>();
        for (JsonNode v : root.get("values")) {
            String name = v.get("value").asText().trim();
            if (!isUsableName(name) || !taken.add(name)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            addActorAlias(aliases, name);
            for (JsonNode s : v.path("meta").path("synonyms")) {
                String alias = s.asText().trim();
                if (isUsableName(alias) && !taken.contains(alias)) {
                    addActorAlias(aliases, alias);
                }
            }
            taken.addAll(aliases);
            String country = v.path("meta").path("country").asText("");
            rows.add(row("THREAT_ACTOR", name, new ArrayList<>(aliases), country.isEmpty() ? "" : "country=" + country));
        }
        write(out.resolve("threat-actors.tsv"), "MISP galaxy threat-actor.json: group names and synonyms; ~ marks names that need a cyber cue nearby", rows);
    }

    /** Adds the alias and its title-case form; single ordinary words are marked with ~ (they need a cyber context cue). */
    private static void addActorAlias(Set<String> aliases, String alias) {
        alias = alias.replaceFirst("^Subgroup: ", "");
        aliases.add(needsCue(alias) ? "~" + alias : alias);
        if (alias.equals(alias.toUpperCase()) && alias.chars().anyMatch(Character::isLetter) && alias.chars().noneMatch(Character::isDigit)) {
            String title = titleCase(alias);
            if (!title.equals(alias)) {
                aliases.add(needsCue(title) ? "~" + title : title);
            }
        }
    }

    /** One alphabetic word that is not a long all-caps code name could be an ordinary word ("Tick", "Sandworm", "Leviathan"). */
    static boolean needsCue(String alias) {
        if (alias.contains(" ") || alias.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean allCaps = alias.equals(alias.toUpperCase());
        boolean camel = alias.length() > 1 && alias.substring(1).chars().anyMatch(Character::isUpperCase) && !allCaps;
        return !(camel || (allCaps && alias.length() >= 5));
    }

    private static void writeAgencies(JsonNode root, Path out, Map<String, String> isoToCountry) throws IOException {
        Map<String, Integer> nameCount = new HashMap<>();
        Map<String, Integer> acronymCount = new HashMap<>();
        for (JsonNode v : root.get("values")) {
            nameCount.merge(stripParens(v.get("value").asText()), 1, Integer::sum);
            Matcher m = ACRONYM_IN_PARENS.matcher(v.get("description").asText());
            if (m.find()) {
                acronymCount.merge(m.group(1), 1, Integer::sum);
            }
        }
        List<String> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode v : root.get("values")) {
            String raw = BRACKET_REF.matcher(v.get("value").asText()).replaceAll("").trim();
            String base = stripParens(raw);
            if (base.isEmpty() || !isUsableName(base)) {
                continue;
            }
            // the short country name news uses ("China", not "People's Republic of China")
            String country = isoToCountry.getOrDefault(v.path("meta").path("country").asText(""), v.path("meta").path("country_name").asText(""));
            String canonical = nameCount.get(base) > 1 && !country.isEmpty() ? base + " (" + country + ")" : base;
            if (!seen.add(canonical)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(base);
            for (JsonNode s : v.path("meta").path("synonyms")) {
                String alias = stripParens(s.asText());
                if (isUsableName(alias) && alias.contains(" ")) {
                    aliases.add(alias);
                }
            }
            // the description starts with the agency's name, often its English name and acronym; take only those
            String description = BRACKET_REF.matcher(v.get("description").asText()).replaceAll("");
            String lead = description.split("\\s[–:-]\\s|\\(|:")[0].trim();
            if (lead.contains(" ") && lead.split(" ").length <= 9 && isUsableName(lead) && Character.isUpperCase(lead.charAt(0))) {
                aliases.add(lead);
            }
            Matcher m = ACRONYM_IN_PARENS.matcher(description);
            if (m.find() && acronymCount.get(m.group(1)) == 1) {
                aliases.add(m.group(1));
            }
            rows.add(row("ORGANIZATION", canonical, new ArrayList<>(aliases),
                    "kind=agency" + (country.isEmpty() ? "" : ";country=" + country)));
        }
        write(out.resolve("agencies.tsv"), "MISP galaxy intelligence-agencies.json: agency names, English names and unique acronyms", rows);
    }

    private static String stripParens(String s) {
        return BRACKET_REF.matcher(s).replaceAll("").replaceAll("\\s*\\([^)]*\\)", "").trim();
    }

    private static boolean isUsableName(String s) {
        return s.length() >= 3 && LATIN_NAME.matcher(s).matches() && Character.isUpperCase(s.codePointAt(0))
                && !s.contains("\t") && !s.contains("|");
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase());
        }
        return b.toString();
    }

    private static String row(String type, String canonical, List<String> aliases, String attrs) {
        return type + '\t' + canonical + '\t' + String.join("|", aliases) + '\t' + attrs;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + header);
        lines.add("# generated by org.triangulate.nlp.gazetteer.GazetteerGenerator; do not edit by hand");
        lines.add("# type\tcanonical\taliases (|-separated)\tattributes");
        lines.addAll(rows);
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
