package org.triangulate.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.Confidence;
import org.triangulate.casefile.KeyJudgment;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.QuoteRef;
import org.triangulate.casefile.Credibility;
import org.triangulate.casefile.CredibilityOverride;
import org.triangulate.casefile.Reliability;
import org.triangulate.casefile.Resolution;
import org.triangulate.casefile.ResolutionKind;
import org.triangulate.casefile.SourceGrade;
import org.triangulate.casefile.Stance;
import org.triangulate.nlp.Correction;
import org.triangulate.nlp.EntityType;

class CaseStoreTest {

    @TempDir
    Path dir;

    static CaseFile richCase() {
        CaseFile k = CaseFile.empty().withClaim(new Claim("c1", QuoteAnchor.of("a.txt", "Seven were charged.", 0, 19),
                "Justice Department", Stance.ALLEGED, List.of("ORGANIZATION:Justice Department"), List.of("impact"),
                "check the count", null, ClaimStatus.ACCEPTED));
        k = k.withNewGroup("Seven charged", List.of("c1"));
        k = k.withResolution(new Resolution("x1", ResolutionKind.DISPUTED, -1, "", "sources differ", Instant.parse("2024-03-27T10:00:00Z")));
        k = k.withSourceGrade(new SourceGrade("Reuters", Reliability.B));
        k = k.withEntityCorrection(new Correction.RenameEntity(EntityType.PERSON, "Dowden", "Oliver Dowden"));
        k = k.withBriefing(new BriefingDraft("Title", "OFFICIAL", "Bottom line.", true, List.of()));
        return k.withNewJudgment(new KeyJudgment(null, "China ran it.", null, Confidence.MODERATE, List.of("g2")));
    }

    @Test
    void aSavedCaseReadsBackEqual() throws Exception {
        CaseStore store = new CaseStore(dir);
        CaseFile k = richCase();
        store.save(k);
        CaseStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.kase()).isEqualTo(k);
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws Exception {
        CaseStore store = new CaseStore(dir);
        store.save(CaseFile.empty());
        store.save(richCase());
        assertThat(Files.exists(AtomicFiles.backupOf(store.file()))).isTrue();
        assertThat(Json.mapper().readValue(AtomicFiles.backupOf(store.file()).toFile(), CaseFile.class).claims()).isEmpty();
    }

    @Test
    void aDamagedCaseIsKeptAsideAndTheBackupOffered() throws Exception {
        CaseStore store = new CaseStore(dir);
        store.save(richCase());
        store.save(richCase().withTags(List.of()));
        Files.writeString(store.file(), "{\"formatVersion\": 1, \"claims\": [ {\"id\": "); // truncated mid-write elsewhere
        CaseStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).contains("could not be read").contains("previous save can be restored");
        assertThat(loaded.backupReadable()).isTrue();
        assertThat(loaded.kase().claims()).isEmpty();
        assertThat(Files.readString(loaded.damagedCopy())).startsWith("{\"formatVersion\": 1");
        assertThat(store.restoreBackup().claims()).hasSize(1);
    }

    @Test
    void unknownFieldsFromANewerVersionAreTolerated() throws Exception {
        CaseStore store = new CaseStore(dir);
        Files.writeString(store.file(), "{\"formatVersion\": " + (CaseFile.FORMAT_VERSION + 1)
                + ", \"claims\": [], \"somethingNew\": {\"a\": 1}}");
        CaseStore.Loaded loaded = store.load();
        assertThat(loaded.kase().claims()).isEmpty();
        assertThat(loaded.problem()).contains("newer");
    }

    @Test
    void aFormatOneCaseLoadsWithItsResolutionsAndOverridesAndIsSavedInTheCurrentFormat() throws Exception {
        CaseStore store = new CaseStore(dir);
        Files.writeString(store.file(), """
                {"formatVersion": 1, "claims": [], "groups": [], "nextId": 3,
                 "resolutions": [{"conflictId": "q0123456789", "kind": "ACCEPT_VARIANT", "acceptedVariant": 1,
                                  "reading": "", "rationale": "later count", "decided": "2024-03-27T10:00:00Z"}],
                 "credibilityOverrides": [{"groupId": "g2", "grade": "PROBABLY_TRUE", "reason": "confirmed since"}]}
                """);
        CaseStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.kase().formatVersion()).isEqualTo(CaseFile.FORMAT_VERSION);
        Resolution r = loaded.kase().resolutions().get(0);
        assertThat(r.isLegacy()).isTrue();
        assertThat(r.acceptedVariant()).isEqualTo(1);
        assertThat(r.accepted()).isNull();
        assertThat(loaded.kase().credibilityOverride("g2")).hasValueSatisfying(o -> assertThat(o.members()).isEmpty());
    }

    @Test
    void whatAResolutionAndAnOverrideWereAboutReadsBackEqual() throws Exception {
        CaseStore store = new CaseStore(dir);
        QuoteRef a = new QuoteRef("a.txt", "More than 10,000 emails were stolen.", "> 10000 email");
        QuoteRef b = new QuoteRef("b.txt", "Thousands of emails were stolen.", "2000-9999 email");
        CaseFile k = CaseFile.empty()
                .withResolution(new Resolution("q1", ResolutionKind.ACCEPT_VARIANT, 0, "", "the court filing",
                        Instant.parse("2024-03-27T10:00:00Z"), "QUANTITY", List.of(a, b), a))
                .withCredibilityOverride("s1", new CredibilityOverride("s1", Credibility.PROBABLY_TRUE, "court filing",
                        List.of(new QuoteRef(a.file(), a.quote()), new QuoteRef(b.file(), b.quote()))));
        store.save(k);
        assertThat(Files.readString(store.file())).doesNotContain("@class");
        assertThat(store.load().kase()).isEqualTo(k);
    }

    @Test
    void noTempFilesAreLeftBehind() throws Exception {
        CaseStore store = new CaseStore(dir);
        for (int i = 0; i < 5; i++) {
            store.save(richCase());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("case.json", "case.json.bak");
        }
    }

    @Test
    void aResolutionNeedsARationale() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Resolution("x", ResolutionKind.DISPUTED, -1, "", " ", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Resolution("x", ResolutionKind.NOT_A_CONFLICT, -1, "", "", null).rationale()).isEmpty();
    }

    @Test
    void anExportIsAnOrdinaryFileWithNoBackupAndNeedsAnExistingFolder() throws Exception {
        Path out = dir.resolve("brief.md");
        AtomicFiles.writeExport(out, "one".getBytes());
        AtomicFiles.writeExport(out, "two".getBytes());
        assertThat(Files.readString(out)).isEqualTo("two");
        assertThat(Files.exists(AtomicFiles.backupOf(out))).isFalse();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeExport(dir.resolve("missing/b.pdf"), new byte[1]))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
