package org.triangulate.conflicts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.triangulate.casefile.QuoteRef;

/**
 * A place where sources disagree: what kind of disagreement, how serious, the variants side by side and why it was
 * flagged.
 *
 * @param id       stable id: the same kind and variant quotes give the same id on every run, wherever the quotes
 *                 sit in their articles, so the analyst's resolution stored in the case keeps pointing at it
 * @param kind     what is disputed
 * @param severity how sure the machine is that the variants cannot all be right
 * @param groupId  the claim group most variants belong to, or null
 * @param summary  one line for a list
 * @param reason   why it was flagged
 * @param variants the versions, in file order
 */
public record Conflict(String id, ConflictKind kind, Severity severity, String groupId, String summary, String reason,
                       List<Variant> variants) {

    public Conflict {
        variants = List.copyOf(variants);
    }

    /** Builds a conflict with its stable id. */
    public static Conflict of(ConflictKind kind, Severity severity, String groupId, String summary, String reason,
                              List<Variant> variants) {
        return new Conflict(idOf(kind, variants), kind, severity, groupId, summary, reason, variants);
    }

    /**
     * A hash of the kind and the variants' words: article, quote (white space collapsed) and normalised value,
     * independent of their order. Offsets are left out, so text added above a quote keeps the id.
     */
    public static String idOf(ConflictKind kind, List<Variant> variants) {
        List<String> keys = variants.stream()
                .map(v -> v.file() + "\n" + QuoteRef.normal(v.text()) + "\n" + QuoteRef.normal(v.value()))
                .distinct().sorted().toList();
        return hash(kind, String.join("\n\n", keys));
    }

    /** The id case files before format 2 stored: a hash of the kind and the variants' places (file and offset). */
    public static String legacyIdOf(ConflictKind kind, List<Variant> variants) {
        List<String> places = variants.stream().map(Variant::place).distinct().sorted().toList();
        return hash(kind, String.join("|", places));
    }

    private static String hash(ConflictKind kind, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((kind.name() + "|" + key).getBytes(StandardCharsets.UTF_8));
            return kind.name().substring(0, 1).toLowerCase() + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The variants by article and quote, as a resolution records them. */
    public List<QuoteRef> variantRefs() {
        return variants.stream().map(Conflict::ref).toList();
    }

    /** A variant by article, quote and value. */
    public static QuoteRef ref(Variant v) {
        return new QuoteRef(v.file(), v.text(), v.value());
    }

    /** The index of the variant {@code ref} names, or -1. */
    public int indexOf(QuoteRef ref) {
        for (int i = 0; ref != null && i < variants.size(); i++) {
            if (ref.names(variants.get(i).file(), variants.get(i).text())) {
                return i;
            }
        }
        return -1;
    }
}
