package org.triangulate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.TextSpan;
import org.triangulate.index.SimilarPassage;
import org.triangulate.workspace.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Show the passages in other articles closest to the sentence at FILE:OFFSET.")
final class SimilarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE:OFFSET",
            description = "An article file (relative to the corpus folder) and a character offset into its text.")
    String location;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder. Default: the bundled sample corpus.")
    Path corpus;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "At most N passages (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        int colon = location.lastIndexOf(':');
        if (colon <= 0 || colon == location.length() - 1) {
            throw new ParameterException(spec.commandLine(), "expected FILE:OFFSET, e.g. 000_x.txt:120, got " + location);
        }
        String file = location.substring(0, colon);
        int offset;
        try {
            offset = Integer.parseInt(location.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "the offset in " + location + " is not a number");
        }
        var out = spec.commandLine().getOut();
        try (WorkspaceOptions.Opened opened = workspaceOptions.open(corpus, spec.commandLine().getErr())) {
            Article article = opened.workspace().articleByFile(relativeToCorpus(file, opened.workspace().corpusDir()))
                    .orElseThrow(() -> new IllegalArgumentException("no article " + file + " in " + opened.workspace().corpusDir()));
            if (offset < 0 || offset >= article.body().length()) {
                throw new IllegalArgumentException("offset " + offset + " is outside " + file + " (0.." + (article.body().length() - 1) + ")");
            }
            TextSpan sentence = article.sentenceAt(offset);
            List<SimilarPassage> similar = opened.workspace().similar(article.id(), offset, limit, 1);
            if (json) {
                out.println(Json.mapper().writeValueAsString(new SimilarJson(file, sentence.start(), sentence.end(),
                        article.text(sentence), similar)));
            } else {
                out.println("Like: " + article.text(sentence).replace('\n', ' '));
                for (SimilarPassage p : similar) {
                    out.printf("%n%.2f  %s:%d-%d%n   %s%n", p.score(), p.file(), p.start(), p.end(), p.text().replace('\n', ' '));
                }
            }
            out.flush();
        }
        return 0;
    }

    /** Accepts the file as the corpus names it, or as a path from the current folder ("corpus/000_x.txt"). */
    static String relativeToCorpus(String file, Path corpusDir) {
        Path asGiven = Path.of(file).toAbsolutePath().normalize();
        if (asGiven.startsWith(corpusDir) && java.nio.file.Files.isRegularFile(asGiven)) {
            return corpusDir.relativize(asGiven).toString().replace(java.io.File.separatorChar, '/');
        }
        return file;
    }

    record SimilarJson(String file, int start, int end, String text, List<SimilarPassage> passages) {
    }
}
