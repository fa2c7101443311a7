package org.triangulate.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Measures extraction throughput in tokens per second (CoreNLP tokens) for the rules layer, the raw CoreNLP
 * pipeline and the whole layered extractor, on a given number of threads sharing one extractor. For the
 * {@code bench} command; run {@code main} with a folder of .txt files, optionally rounds and threads.
 */
public final class ExtractionThroughput {

    /** One measurement. */
    public record Figure(String layer, int threads, long tokens, double seconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private final RuleBasedExtractor rules;
    private final LayeredExtractor layered;

    public ExtractionThroughput(Gazetteer gazetteer) {
        this.rules = new RuleBasedExtractor(gazetteer);
        this.layered = new LayeredExtractor(gazetteer);
    }

    /**
     * Measures every layer on 1 thread and on {@code threads} threads, after 8 s of warm-up on all layers
     * (CoreNLP needs several seconds of work before the JIT settles) and one more pass per measurement.
     *
     * @param texts   article bodies
     * @param threads the larger thread count to compare against one thread
     * @param rounds  how many times each text is processed per measurement
     */
    public List<Figure> measure(List<String> texts, int threads, int rounds) throws Exception {
        return measure(texts, threads, rounds, Duration.ofSeconds(8));
    }

    /** As {@link #measure(List, int, int)} with a chosen warm-up time before the first measurement. */
    public List<Figure> measure(List<String> texts, int threads, int rounds, Duration warmUp) throws Exception {
        layered.warmUp();
        long tokensPerRound = 0;
        for (String t : texts) {
            tokensPerRound += layered.annotateWithCoreNlpOnly(t);
        }
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                rules.extract(t);
                layered.extract(t);
            }
        }
        List<Figure> out = new ArrayList<>();
        List<Integer> threadCounts = threads > 1 ? List.of(1, threads) : List.of(1);
        for (int n : threadCounts) {
            out.add(time("rules", rules::extract, texts, n, rounds * 20, tokensPerRound));
            out.add(time("corenlp-raw", layered::annotateWithCoreNlpOnly, texts, n, rounds, tokensPerRound));
            out.add(time("layered", layered::extract, texts, n, rounds, tokensPerRound));
        }
        return out;
    }

    private static Figure time(String layer, Consumer<String> work, List<String> texts, int threads, int rounds, long tokensPerRound) throws Exception {
        texts.forEach(work);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> work.accept(t)));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Figure(layer, threads, tokensPerRound * rounds, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A plain-text report of the figures with the pipeline's overhead and thread scaling. */
    public static String report(List<Figure> figures) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %7s %12s%n", "layer", "threads", "tokens/s"));
        for (Figure f : figures) {
            b.append(String.format(Locale.ROOT, "%-12s %7d %12.0f%n", f.layer(), f.threads(), f.tokensPerSecond()));
        }
        for (Figure f : figures) {
            if (f.layer().equals("layered")) {
                figures.stream().filter(r -> r.layer().equals("corenlp-raw") && r.threads() == f.threads()).findFirst().ifPresent(raw ->
                        b.append(String.format(Locale.ROOT, "layered / raw CoreNLP on %d thread(s): %.2f%n", f.threads(), f.tokensPerSecond() / raw.tokensPerSecond())));
                figures.stream().filter(one -> one.layer().equals("layered") && one.threads() == 1 && f.threads() > 1).findFirst().ifPresent(one ->
                        b.append(String.format(Locale.ROOT, "layered speed-up on %d threads: %.2fx%n", f.threads(), f.tokensPerSecond() / one.tokensPerSecond())));
            }
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IOException("cannot read texts from " + dir, e);
        }
        System.out.print(report(new ExtractionThroughput(Gazetteer.bundled()).measure(texts, threads, rounds)));
    }
}
