package org.triangulate.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.bench.EuroparlCorpus;
import org.triangulate.bench.GeneratedCorpus;
import org.triangulate.casefile.CaseFile;
import org.triangulate.task.Progress;
import org.triangulate.workspace.AtomicFiles;
import org.triangulate.workspace.CaseStore;
import org.triangulate.workspace.Json;
import org.triangulate.workspace.SyncReport;
import org.triangulate.workspace.Workspace;

/**
 * Kills (SIGKILL) a child JVM at random points while it saves the case or ingests into the index, many times, and
 * checks what is left on disk: the case is always a whole old or new save, and the workspace always opens (recovered
 * or rebuilt) and, after a sync, serves every article.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void caseOnDiskIsAlwaysTheLastSaveOrTheOneInFlightWhenTheWriterIsKilled() throws Exception {
        CaseStore store = new CaseStore(tmp);
        store.save(CaseStates.state(1));
        long onDisk = 1;
        Random random = new Random(11);
        int kills = 30;
        int unreadableBackups = 0;
        for (int k = 0; k < kills; k++) {
            long confirmed;
            try (ChildJvm child = ChildJvm.start(CaseWriterChild.class, tmp.toString(), Long.toString(onDisk + 1))) {
                child.await("ready");
                Thread.sleep(random.nextInt(300));
                child.kill();
                confirmed = child.output().stream().filter(l -> l.startsWith("saved "))
                        .mapToLong(l -> Long.parseLong(l.substring(6))).max().orElseThrow();
            }
            CaseStore.Loaded loaded = new CaseStore(tmp).load();
            assertThat(loaded.problem()).as("kill %d: the case must parse", k).isNull();
            long seq = loaded.kase().nextId();
            assertThat(seq).as("kill %d: the last confirmed save or the one in flight", k).isBetween(confirmed, confirmed + 1);
            assertThat(loaded.kase()).as("kill %d: exactly state %d, not a mix", k, seq).isEqualTo(CaseStates.state(seq));
            if (!backupIsAWholeState(AtomicFiles.backupOf(store.file()))) {
                unreadableBackups++;
            }
            onDisk = seq;
        }
        assertThat(onDisk).as("the children saved something").isGreaterThan(kills);
        System.out.printf("case kill test: %d kills, last state %d, %d torn .bak files, %d temp files left%n",
                kills, onDisk, unreadableBackups, leftoverTemps(tmp));
    }

    private static boolean backupIsAWholeState(Path backup) {
        try {
            CaseFile b = Json.mapper().readValue(backup.toFile(), CaseFile.class);
            return b.equals(CaseStates.state(b.nextId()));
        } catch (Exception e) {
            return false;
        }
    }

    private static long leftoverTemps(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void workspaceAlwaysReopensAndCatchesUpAfterItsIngestIsKilled() throws Exception {
        int size = 300;
        GeneratedCorpus corpus = GeneratedCorpus.write(EuroparlCorpus.load(null).subList(0, size), size, tmp.resolve("corpus"));
        Path ws = tmp.resolve("ws");
        Random random = new Random(5);
        List<String> notes = new ArrayList<>();
        int kills = 10;
        for (int k = 0; k < kills; k++) {
            int revised = k == 0 ? 0 : revise(corpus, random, k);
            String killedAt;
            try (ChildJvm child = ChildJvm.start(IndexSyncChild.class, corpus.dir().toString(), ws.toString())) {
                String first = child.await("progress ");
                int total = Integer.parseInt(first.split(" ")[2]);
                int at = random.nextInt(total + 1); // total: the "saving the index" step, before the commit
                killedAt = at == 0 ? first : child.await("progress " + at + " ");
                child.kill();
            }
            try (Workspace w = Workspace.open(corpus.dir(), ws)) {
                notes.addAll(w.openingNotes());
                SyncReport report = w.sync(Progress.NONE);
                assertThat(report.skipped()).as("kill %d at %s", k, killedAt).isEmpty();
                assertThat(w.articles()).as("kill %d at %s", k, killedAt).hasSize(size);
                assertThat(w.search("bench", 10).total()).as("every article answers a search").isEqualTo(size);
                if (k > 0) {
                    assertThat(w.search("quokkarev" + k, 10).total()).as("the revision before kill %d", k).isEqualTo(revised);
                }
            }
        }
        System.out.printf("index kill test: %d kills, opening notes: %s%n", kills, notes);
    }

    /** Rewrites a random tenth to a third of the articles with a revision line, so the next sync has work. */
    private static int revise(GeneratedCorpus corpus, Random random, int revision) throws Exception {
        int count = corpus.size() / 10 + random.nextInt(corpus.size() / 4);
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            picked.add(i);
        }
        java.util.Collections.shuffle(picked, random);
        for (int i : picked.subList(0, count)) {
            Path file = corpus.dir().resolve(corpus.articles().get(i).file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int cut = text.indexOf("\nRevision quokkarev");
            String base = cut < 0 ? text : text.substring(0, cut + 1);
            Files.writeString(file, base + "\nRevision quokkarev" + revision + ".\n", StandardCharsets.UTF_8);
        }
        return count;
    }
}
