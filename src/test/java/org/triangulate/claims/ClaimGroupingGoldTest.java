package org.triangulate.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.LayeredExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.TestCorpus;
import org.triangulate.workspace.Workspace;

/**
 * Scores suggested claim grouping against the gold standard's 15 key claims: pairwise precision, recall and F1
 * over the gold sentences (two sentences form a gold pair when they state the same key claim).
 */
class ClaimGroupingGoldTest {

    @TempDir
    Path tmp;

    @Test
    void suggestedGroupsMatchTheGoldKeyClaims() throws Exception {
        ClaimsGold gold = ClaimsGold.load();
        try (Workspace ws = Workspace.open(TestCorpus.copyOfSample(tmp.resolve("corpus")), tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new LayeredExtractor(), Progress.NONE);
            List<SuggestedClaim> suggestions = new ArrayList<>();
            ClaimSuggester suggester = new ClaimSuggester();
            for (Article a : ws.articles()) {
                suggestions.addAll(suggester.suggest(a, ws.mentions(a.id())));
            }
            if (System.getenv("TRIANGULATE_SWEEP") != null) {
                for (double edge : new double[]{0.1, 0.14, 0.18, 0.22}) {
                    for (double link : new double[]{0.06, 0.1, 0.14, 0.18}) {
                        System.out.printf("edge %.2f link %.2f: ", edge, link);
                        score(gold, ws, suggestions, new ClaimGrouper(edge, link).group(suggestions));
                    }
                }
            }
            double f1 = score(gold, ws, suggestions, new ClaimGrouper().group(suggestions));
            assertThat(f1).isGreaterThanOrEqualTo(0.65); // measured 0.69 (P 0.92, R 0.56)
        }
    }

    private static double score(ClaimsGold gold, Workspace ws, List<SuggestedClaim> suggestions,
                                ClaimGrouper.Grouping grouping) {
        {

            Map<String, Integer> predictedGroup = new HashMap<>();
            for (int g = 0; g < grouping.groups().size(); g++) {
                for (SuggestedClaim c : grouping.groups().get(g)) {
                    predictedGroup.put(key(c.file(), c.span()), g);
                }
            }
            // gold sentence -> the key claims it states
            Map<String, Set<String>> goldClaims = new HashMap<>();
            int missingSuggestions = 0;
            for (ClaimsGold.Item item : gold.claims) {
                for (var e : item.quotes().entrySet()) {
                    Article a = ws.articleByFile(e.getKey() + ".txt").orElseThrow();
                    for (String quote : e.getValue()) {
                        int at = a.body().indexOf(quote);
                        assertThat(at).as("quote in %s: %s", e.getKey(), quote).isNotNegative();
                        TextSpan sentence = a.sentenceAt(at);
                        goldClaims.computeIfAbsent(key(a.file(), sentence), k -> new HashSet<>()).add(item.id());
                    }
                }
            }
            for (String s : goldClaims.keySet()) {
                if (suggestions.stream().noneMatch(c -> key(c.file(), c.span()).equals(s))) {
                    missingSuggestions++;
                }
            }
            if (System.getenv("TRIANGULATE_SWEEP") != null) {
                for (ClaimsGold.Item item : gold.claims) {
                    StringBuilder line = new StringBuilder(item.id() + ":");
                    for (var e : item.quotes().entrySet()) {
                        Article a = ws.articleByFile(e.getKey() + ".txt").orElseThrow();
                        for (String quote : e.getValue()) {
                            line.append(' ').append(e.getKey(), 0, 3).append('=').append(predictedGroup.get(key(a.file(), a.sentenceAt(a.body().indexOf(quote)))));
                        }
                    }
                    System.out.println(line);
                }
            }
            List<String> sentences = new ArrayList<>(goldClaims.keySet());
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < sentences.size(); i++) {
                for (int j = i + 1; j < sentences.size(); j++) {
                    String a = sentences.get(i);
                    String b = sentences.get(j);
                    boolean same = goldClaims.get(a).stream().anyMatch(goldClaims.get(b)::contains);
                    Integer ga = predictedGroup.get(a);
                    boolean predicted = ga != null && ga.equals(predictedGroup.get(b));
                    if (predicted && same) {
                        tp++;
                    } else if (predicted) {
                        fp++;
                    } else if (same) {
                        fn++;
                    }
                }
            }
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("claim grouping vs gold: %d gold sentences (%d not suggested), %d suggestions, %d groups; "
                            + "pairwise P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", sentences.size(), missingSuggestions,
                    suggestions.size(), grouping.groups().size(), p, r, f1, tp, fp, fn);
            return f1;
        }
    }

    private static String key(String file, TextSpan span) {
        return file + ":" + span.start();
    }
}
