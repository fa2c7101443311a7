package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityType;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the people, organisations, places, threat actors, dates and quantities the articles mention, "
                + "each linked to its canonical entity (US = U.S. = United States = Washington).")
final class EntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkspaceOptions.Opened opened = workspaceOptions.openWithEntities(corpus, spec.commandLine().getErr())) {
            Workspace ws = opened.workspace();
            if (json) {
                out.println(Json.mapper().writeValueAsString(toJson(ws)));
            } else {
                printText(ws.entities(), out);
            }
            out.flush();
        }
        return 0;
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
