package org.triangulate.conflicts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A place where sources disagree: what kind of disagreement, how serious, the variants side by side and why it was
 * flagged.
 *
 * @param id       stable id: the same kind and variant places give the same id on every run, so the analyst's
 *                 resolution stored in the case keeps pointing at it
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

    /** A hash of the kind and the variants' places, independent of their order. */
    public static String idOf(ConflictKind kind, List<Variant> variants) {
        List<String> places = variants.stream().map(Variant::place).distinct().sorted().toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((kind.name() + "|" + String.join("|", places)).getBytes(StandardCharsets.UTF_8));
            return kind.name().substring(0, 1).toLowerCase() + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
