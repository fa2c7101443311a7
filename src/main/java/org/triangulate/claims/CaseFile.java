package org.triangulate.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The analyst's saved work on a corpus: claims, claim groups and tag definitions (resolutions and grades join it
 * later). Immutable: every edit returns a new case, which makes undo a stack of snapshots and saving a plain
 * serialisation. Written as JSON by {@link CaseStore}.
 *
 * @param formatVersion version of the file format
 * @param claims        all claims, including suggestions the analyst has seen
 * @param groups        claim groups
 * @param tags          the analyst's tags, with their keys
 * @param nextId        counter for new claim and group ids
 * @param modified      when it was last changed
 */
public record CaseFile(int formatVersion, List<Claim> claims, List<ClaimGroup> groups, List<TagDefinition> tags,
                       long nextId, Instant modified) {

    public static final int FORMAT_VERSION = 1;

    /** The tags a new case starts with; the analyst renames, adds and removes them. */
    public static final List<TagDefinition> DEFAULT_TAGS = List.of(
            new TagDefinition("attribution", 1), new TagDefinition("impact", 2), new TagDefinition("response", 3),
            new TagDefinition("victim", 4), new TagDefinition("method", 5), new TagDefinition("timeline", 6));

    public CaseFile {
        claims = claims == null ? List.of() : List.copyOf(claims);
        groups = groups == null ? List.of() : List.copyOf(groups);
        tags = tags == null ? DEFAULT_TAGS : List.copyOf(tags);
        nextId = Math.max(1, nextId);
    }

    public static CaseFile empty() {
        return new CaseFile(FORMAT_VERSION, List.of(), List.of(), DEFAULT_TAGS, 1, Instant.now());
    }

    public Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ClaimGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public List<Claim> members(String groupId) {
        return claims.stream().filter(c -> groupId.equals(c.groupId()) && c.status() != ClaimStatus.REJECTED).toList();
    }

    /** The id the next new claim will get. */
    public String nextClaimId() {
        return "c" + nextId;
    }

    /** The id the next new group will get. */
    public String nextGroupId() {
        return "g" + nextId;
    }

    // ---- edits: each returns a new case ----

    public CaseFile withClaim(Claim claim) {
        List<Claim> next = new ArrayList<>(claims);
        next.add(claim);
        return new CaseFile(formatVersion, next, groups, tags, nextId + 1, Instant.now());
    }

    public CaseFile updateClaim(String id, UnaryOperator<Claim> change) {
        List<Claim> next = claims.stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList();
        return new CaseFile(formatVersion, next, groups, tags, nextId, Instant.now());
    }

    /** Removes a claim; a group left with no members goes too. */
    public CaseFile withoutClaim(String id) {
        List<Claim> next = claims.stream().filter(c -> !c.id().equals(id)).toList();
        return new CaseFile(formatVersion, next, groups, tags, nextId, Instant.now()).withoutEmptyGroups();
    }

    /** A new group holding the given claims (taken out of any group they were in). */
    public CaseFile withNewGroup(String summary, List<String> claimIds) {
        String groupId = nextGroupId();
        List<ClaimGroup> nextGroups = new ArrayList<>(groups);
        nextGroups.add(new ClaimGroup(groupId, summary));
        List<Claim> next = claims.stream().map(c -> claimIds.contains(c.id()) ? c.withGroup(groupId) : c).toList();
        return new CaseFile(formatVersion, next, nextGroups, tags, nextId + 1, Instant.now()).withoutEmptyGroups();
    }

    /** Puts a claim into a group (or out of every group with null). */
    public CaseFile assign(String claimId, String groupId) {
        return updateClaim(claimId, c -> c.withGroup(groupId)).withoutEmptyGroups();
    }

    /** Moves every member of {@code from} into {@code into} and drops {@code from}. */
    public CaseFile mergeGroups(String into, String from) {
        List<Claim> next = claims.stream().map(c -> from.equals(c.groupId()) ? c.withGroup(into) : c).toList();
        return new CaseFile(formatVersion, next, groups, tags, nextId, Instant.now()).withoutEmptyGroups();
    }

    public CaseFile updateGroup(String id, UnaryOperator<ClaimGroup> change) {
        List<ClaimGroup> next = groups.stream().map(g -> g.id().equals(id) ? change.apply(g) : g).toList();
        return new CaseFile(formatVersion, claims, next, tags, nextId, Instant.now());
    }

    public CaseFile withTags(List<TagDefinition> newTags) {
        return new CaseFile(formatVersion, claims, groups, newTags, nextId, Instant.now());
    }

    private CaseFile withoutEmptyGroups() {
        List<ClaimGroup> kept = groups.stream().filter(g -> claims.stream().anyMatch(c -> g.id().equals(c.groupId()))).toList();
        return kept.size() == groups.size() ? this : new CaseFile(formatVersion, claims, kept, tags, nextId, modified);
    }
}
