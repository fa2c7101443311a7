package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the people, organisations, places, threat actors, dates and quantities the articles mention, "
                + "each linked to its canonical entity (US = U.S. = United States = Washington).")
final class EntitiesCommand extends WorkspaceReportCommand<Workspace> {

    @Override
    Workspace report(WorkspaceOptions.Opened opened) {
        return opened.workspace();
    }

    @Override
    Object json(Workspace ws) {
        return toJson(ws);
    }

    @Override
    void printText(Workspace ws, PrintWriter out) {
        printText(ws.entities(), out);
    }

    static EntitiesJson toJson(Workspace ws) {
        List<ArticleJson> articles = new ArrayList<>();
        for (Article a : ws.articles()) {
            List<MentionJson> mentions = ws.mentions(a.id()).stream()
                    .map(m -> new MentionJson(m.start(), m.end(), m.text(), m.type().name(), m.entity())).toList();
            articles.add(new ArticleJson(a.file(), a.title(), mentions));
        }
        List<EntityJson> entities = ws.entities().stream()
                .map(e -> new EntityJson(e.name(), e.type().name(), e.aliases(), e.articles(), e.mentions())).toList();
        return new EntitiesJson(articles, entities);
    }

    private static void printText(List<Entity> entities, PrintWriter out) {
        Map<EntityType, List<Entity>> byType = new TreeMap<>();
        entities.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
        byType.forEach((type, list) -> {
            out.println(type + " (" + list.size() + ")");
            for (Entity e : list) {
                out.printf("   %-40s %3d mentions in %d article%s   %s%n", e.name(), e.mentions(), e.articles(),
                        e.articles() == 1 ? " " : "s", String.join(" | ", e.aliases()));
            }
            out.println();
        });
    }

    record EntitiesJson(List<ArticleJson> articles, List<EntityJson> entities) {
    }

    record ArticleJson(String file, String title, List<MentionJson> mentions) {
    }

    record MentionJson(int start, int end, String text, String type, String entity) {
    }

    record EntityJson(String name, String type, List<String> aliases, int articles, int mentions) {
    }
}
