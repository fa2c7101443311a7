package org.triangulate.claims;

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
 * The hand-made gold standard for the sample corpus (shared/eval/seed-claims-gold.md): key claims (S1..S15) and
 * discrepancies (SC1..), each with exact quotes per article file stem.
 */
final class ClaimsGold {

    /** One gold item: its id ("S4", "SC2") and quotes by file stem. */
    record Item(String id, String title, Map<String, List<String>> quotes) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\*\\*(S[C]?\\d+)\\. (.*)\\*\\*");
    private static final Pattern LINE = Pattern.compile("^- (\\d{3}_[0-9a-f]+): (.*)$");
    private static final Pattern QUOTE = Pattern.compile("⟦(.*?)⟧");

    final List<Item> claims = new ArrayList<>();
    final List<Item> discrepancies = new ArrayList<>();

    static ClaimsGold load() throws IOException {
        ClaimsGold gold = new ClaimsGold();
        try (InputStream in = ClaimsGold.class.getResourceAsStream("/claims/seed-claims-gold.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Item current = null;
            for (String line : text.split("\n")) {
                Matcher h = HEADING.matcher(line);
                if (h.find()) {
                    current = new Item(h.group(1), h.group(2), new LinkedHashMap<>());
                    (current.id().startsWith("SC") ? gold.discrepancies : gold.claims).add(current);
                    continue;
                }
                Matcher l = LINE.matcher(line);
                if (current != null && l.find()) {
                    Matcher q = QUOTE.matcher(l.group(2));
                    while (q.find()) {
                        current.quotes().computeIfAbsent(l.group(1), k -> new ArrayList<>()).add(q.group(1));
                    }
                }
                if (line.startsWith("## (c)")) {
                    break;
                }
            }
        }
        return gold;
    }
}
