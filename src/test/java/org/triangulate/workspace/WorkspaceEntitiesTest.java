package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.nlp.Entity;
import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;
import org.triangulate.task.Progress;

class WorkspaceEntitiesTest {

    @TempDir
    Path tmp;

    /** A stand-in extractor that marks every "APTnn" and counts how often it is called. */
    static final class AptExtractor implements EntityExtractor {
        final AtomicInteger calls = new AtomicInteger();
        final String version;

        AptExtractor(String version) {
            this.version = version;
        }

        @Override
        public List<Mention> extract(String body) {
            calls.incrementAndGet();
            List<Mention> mentions = new ArrayList<>();
            Matcher m = Pattern.compile("APT\\d+").matcher(body);
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), m.group(), EntityType.THREAT_ACTOR, m.group()));
            }
            return mentions;
        }

        @Override
        public String version() {
            return version;
        }
    }

    @Test
    void extractedEntitiesAreCachedAcrossReopening() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        AptExtractor extractor = new AptExtractor("v1");
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            assertThat(ws.extractEntities(extractor, Progress.NONE)).isEqualTo(5);
        }
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            assertThat(ws.entitiesUpToDate(extractor)).isTrue();
            assertThat(ws.extractEntities(extractor, Progress.NONE)).isZero();
            assertThat(extractor.calls).hasValue(5);
            String id = ws.articleByFile("003_a72829d80c15e821.txt").orElseThrow().id();
            assertThat(ws.mentions(id)).extracting(Mention::text).contains("APT31", "APT40");
        }
    }

    @Test
    void analystCorrectionsChangeWhatIsServedAndSurviveReextraction() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new AptExtractor("v1"), Progress.NONE);
            ws.setEntityCorrections(List.of(new org.triangulate.nlp.Correction.RenameEntity(EntityType.THREAT_ACTOR, "APT31", "Violet Typhoon")));
            assertThat(ws.entities()).extracting(Entity::name).contains("Violet Typhoon").doesNotContain("APT31");
            String id = ws.articleByFile("000_8dd3f800fd6951e7.txt").orElseThrow().id();
            assertThat(ws.mentions(id)).filteredOn(m -> m.text().equals("APT31")).extracting(Mention::entity).containsOnly("Violet Typhoon");
            ws.extractEntities(new AptExtractor("v2"), Progress.NONE);
            assertThat(ws.entities()).extracting(Entity::name).contains("Violet Typhoon").doesNotContain("APT31");
        }
    }

    @Test
    void searchFiltersAndFacetsFollowCorrectionsAndTheirUndo() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new AptExtractor("v1"), Progress.NONE);
            assertThat(ws.search("entity:APT31", 10).total()).isEqualTo(5);

            ws.setEntityCorrections(List.of(new org.triangulate.nlp.Correction.RenameEntity(EntityType.THREAT_ACTOR, "APT31", "Violet Typhoon")));
            ws.reindexCorrectedEntities();
            assertThat(ws.search("entity:\"Violet Typhoon\"", 10).total()).isEqualTo(5);
            assertThat(ws.search("entity:APT31", 10).total()).isZero();
            assertThat(ws.search("APT31", 10).facets().get("THREAT_ACTOR")).containsKey("Violet Typhoon").doesNotContainKey("APT31");

            ws.setEntityCorrections(List.of()); // the rename undone
            ws.reindexCorrectedEntities();
            assertThat(ws.search("entity:APT31", 10).total()).isEqualTo(5);
            assertThat(ws.search("entity:\"Violet Typhoon\"", 10).total()).isZero();
        }
    }

    @Test
    void extractionOnSeveralThreadsGivesTheSameResultAsOne() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        List<List<Mention>> results = new ArrayList<>();
        for (int threads : new int[]{1, 3}) {
            try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws" + threads))) {
                ws.sync(Progress.NONE);
                ws.extractEntities(new AptExtractor("v1"), Progress.NONE, threads);
                List<Mention> all = new ArrayList<>();
                ws.articles().forEach(a -> all.addAll(ws.mentions(a.id())));
                results.add(all);
            }
        }
        assertThat(results.get(1)).isEqualTo(results.get(0)).isNotEmpty();
    }

    @Test
    void aCancelledExtractionKeepsWhatWasDoneAndResumes() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            Progress cancelAfterFirst = new Progress() {
                volatile boolean cancelled;

                @Override
                public void update(long done, long total, String message) {
                    cancelled = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.extractEntities(new AptExtractor("v1"), cancelAfterFirst, 1))
                    .isInstanceOf(org.triangulate.task.CancelledException.class);
            int remaining = ws.extractEntities(new AptExtractor("v1"), Progress.NONE, 1);
            assertThat(remaining).isBetween(1, 4);
            assertThat(ws.entitiesUpToDate(new AptExtractor("v1"))).isTrue();
        }
    }

    @Test
    void aNewExtractorVersionReextracts() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new AptExtractor("v1"), Progress.NONE);
            assertThat(ws.extractEntities(new AptExtractor("v2"), Progress.NONE)).isEqualTo(5);
        }
    }

    @Test
    void entitiesAreCountedAndBecomeSearchFacets() throws Exception {
        Path corpus = TestCorpus.copyOfSample(tmp.resolve("corpus"));
        try (Workspace ws = Workspace.open(corpus, tmp.resolve("ws"))) {
            ws.sync(Progress.NONE);
            ws.extractEntities(new AptExtractor("v1"), Progress.NONE);
            Entity apt31 = ws.entities().stream().filter(e -> e.name().equals("APT31")).findFirst().orElseThrow();
            assertThat(apt31.articles()).isEqualTo(5);
            assertThat(apt31.mentions()).isGreaterThanOrEqualTo(5);
            assertThat(apt31.type()).isEqualTo(EntityType.THREAT_ACTOR);
            assertThat(ws.search("China", 10).facets().get("THREAT_ACTOR")).containsKeys("APT31", "APT40");
            assertThat(ws.search("entity:apt40", 10).total()).isEqualTo(ws.search("APT40", 10).total());
        }
    }
}
