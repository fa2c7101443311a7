package org.triangulate.robustness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.casefile.BriefingDraft;
import org.triangulate.casefile.CaseFile;
import org.triangulate.casefile.Claim;
import org.triangulate.casefile.ClaimGroup;
import org.triangulate.casefile.ClaimStatus;
import org.triangulate.casefile.QuoteAnchor;
import org.triangulate.casefile.Stance;

/** A numbered series of distinct cases, each a few hundred KB, so a save takes long enough to be killed mid-way. */
final class CaseStates {

    private CaseStates() {
    }

    /** The case with sequence number {@code seq} (>= 1); its {@code nextId} is {@code seq}, so a loaded case names its own number. */
    static CaseFile state(long seq) {
        List<Claim> claims = new ArrayList<>();
        int count = 400 + (int) (seq % 7) * 50;
        for (int i = 0; i < count; i++) {
            String quote = "State " + seq + ", claim " + i + ": the council said the bridge would reopen in spring.";
            claims.add(new Claim("c" + i, new QuoteAnchor("article-" + (i % 40) + ".txt", i * 10, i * 10 + quote.length(),
                    quote, "before " + i, "after " + seq), "Source " + (i % 9), Stance.values()[i % 4],
                    List.of("PERSON:Someone " + i), List.of("impact"), "note " + seq, i % 3 == 0 ? "g" + (i % 5) : null,
                    ClaimStatus.values()[i % 3]));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            groups.add(new ClaimGroup("g" + g, "Group " + g + " of state " + seq));
        }
        return new CaseFile(CaseFile.FORMAT_VERSION, claims, groups, CaseFile.DEFAULT_TAGS, seq,
                Instant.ofEpochSecond(1_700_000_000L + seq), List.of(), List.of(), List.of(), List.of(), BriefingDraft.empty());
    }
}
