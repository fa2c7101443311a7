package org.triangulate.conflicts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The discrepancies of the hand-made gold standard for the sample corpus (section (b) of
 * shared/eval/seed-claims-gold.md, SC1..), each with exact quotes per article file stem. Parser after the claims
 * package's ClaimsGold.
 */
final class DiscrepancyGold {

    /** One discrepancy: its id ("SC2"), title and quotes by file stem. */
    record Item(String id, String title, Map<String, List<String>> quotes) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\*\\*(SC\\d+)\\. (.*?)\\*\\*");
    private static final Pattern LINE = Pattern.compile("^- (\\d{3}_[0-9a-f]+): (.*)$");
    private static final Pattern QUOTE = Pattern.compile("⟦(.*?)⟧");

    static List<Item> load() throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = DiscrepancyGold.class.getResourceAsStream("/claims/seed-claims-gold.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean inSection = false;
            Item current = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("## (b)")) {
                    inSection = true;
                    continue;
                }
                if (line.startsWith("## (c)")) {
                    break;
                }
                if (!inSection) {
                    continue;
                }
                Matcher h = HEADING.matcher(line);
                if (h.find()) {
                    current = new Item(h.group(1), h.group(2), new LinkedHashMap<>());
                    items.add(current);
                    continue;
                }
                Matcher l = LINE.matcher(line);
                if (current != null && l.find()) {
                    Matcher q = QUOTE.matcher(l.group(2));
                    while (q.find()) {
                        current.quotes().computeIfAbsent(l.group(1), k -> new ArrayList<>()).add(q.group(1));
                    }
                }
            }
        }
        return items;
    }
}
