package org.triangulate.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.CaseFile;
import org.triangulate.nlp.LayeredExtractor;
import org.triangulate.task.Progress;
import org.triangulate.workspace.Workspace;

/**
 * The whole pipeline (entities, claim suggestions and groups, detection) on small corpora about other events,
 * written for this test in the style of wire reports: an earthquake whose toll, injured, missing, magnitude and day
 * differ between outlets, and a hospital blast with competing tolls and culprits.
 */
class OtherEventsTest {

    @TempDir
    Path tmp;

    private List<Conflict> detect(String fixture, String... files) throws IOException {
        Path corpus = tmp.resolve(fixture);
        Files.createDirectories(corpus);
        for (String f : files) {
            try (InputStream in = getClass().getResourceAsStream("/conflicts/" + fixture + "/" + f)) {
                Files.write(corpus.resolve(f), in.readAllBytes());
            }
        }
        try (Workspace ws = Workspace.open(corpus, tmp.resolve(fixture + "-ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new LayeredExtractor(), Progress.NONE);
            return new ConflictBoard().report(ws.articles(), ws::mentions, CaseFile.empty()).conflicts().stream()
                    .map(ResolvedConflict::conflict).toList();
        }
    }

    @Test
    void anEarthquakeReportedByThreeOutletsGivesItsDisputedFiguresAndNothingElse() throws IOException {
        List<Conflict> found = detect("quake", "a.txt", "b.txt", "c.txt");
        found.forEach(c -> System.out.println("quake: " + c.kind() + " " + c.severity() + " " + c.summary()));
        assertThat(found).extracting(Conflict::summary)
                .anySatisfy(s -> assertThat(s).contains("people killed").contains(">= 41").contains("> 50"))
                .anySatisfy(s -> assertThat(s).contains("people missing").contains("12").contains("7"))
                .anySatisfy(s -> assertThat(s).contains("magnitude").contains("6.3").contains("6.1"));
        assertThat(found).filteredOn(c -> c.kind() == ConflictKind.DATE).singleElement()
                .satisfies(c -> assertThat(c.summary()).contains("Monday").contains("Sunday"));
        // the 2015 quake's 9,000 dead is background, and "seven" and "Seven" missing agree
        assertThat(found).noneSatisfy(c -> assertThat(c.summary()).contains("9000"));
        assertThat(found).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void aHospitalBlastGivesTheCompetingTollsAndCulprits() throws IOException {
        List<Conflict> found = detect("blast", "a.txt", "b.txt", "c.txt");
        found.forEach(c -> System.out.println("blast: " + c.kind() + " " + c.severity() + " " + c.summary()));
        assertThat(found).filteredOn(c -> c.kind() == ConflictKind.QUANTITY).singleElement()
                .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
        assertThat(found).filteredOn(c -> c.kind() == ConflictKind.ATTRIBUTION).singleElement()
                .satisfies(c -> assertThat(c.summary()).contains("Israel").contains("Islamic Jihad"));
        assertThat(found).hasSize(2);
    }
}
