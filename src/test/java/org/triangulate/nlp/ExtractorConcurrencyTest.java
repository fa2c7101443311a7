package org.triangulate.nlp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorConcurrencyTest {

    @Test
    void oneExtractorGivesTheSameResultsFromTwoThreads() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String f : List.of("000_8dd3f800fd6951e7.txt", "001_b9333784f3f4ba51.txt", "003_a72829d80c15e821.txt", "004_9d3866efc89fffe9.txt")) {
            bodies.add(Files.readString(Path.of("corpus", f), StandardCharsets.UTF_8));
        }
        List<List<Mention>> sequential = bodies.stream().map(SharedExtractors.LAYERED::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Mention>>> parallel = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String b : bodies) {
                    parallel.add(pool.submit(() -> SharedExtractors.LAYERED.extract(b)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % bodies.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void throughputMeasureReportsEveryLayerOnOneAndTwoThreads() throws Exception {
        ExtractionThroughput bench = new ExtractionThroughput(Gazetteer.bundled());
        List<ExtractionThroughput.Figure> figures = bench.measure(List.of("Britain and the US said APT31 hacked 40 lawmakers on Monday."), 2, 1, java.time.Duration.ZERO);
        assertThat(figures).extracting(ExtractionThroughput.Figure::layer, ExtractionThroughput.Figure::threads).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rules", 1), org.assertj.core.groups.Tuple.tuple("corenlp-raw", 1),
                org.assertj.core.groups.Tuple.tuple("layered", 1), org.assertj.core.groups.Tuple.tuple("rules", 2),
                org.assertj.core.groups.Tuple.tuple("corenlp-raw", 2), org.assertj.core.groups.Tuple.tuple("layered", 2));
        assertThat(figures).allMatch(f -> f.tokens() > 0 && f.tokensPerSecond() > 0);
        assertThat(ExtractionThroughput.report(figures)).contains("layered / raw CoreNLP");
    }
}
