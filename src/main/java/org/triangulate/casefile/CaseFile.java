package org.triangulate.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.triangulate.nlp.Correction;

/**
 * The analyst's saved work on a corpus: claims, claim groups, tags, conflict resolutions, source and credibility
 * grades, entity corrections and the briefing draft. Immutable: every edit returns a new case, which makes undo a
 * stack of snapshots and saving a plain serialisation (see {@code workspace.CaseStore}).
 *
 * @param formatVersion        version of the file format
 * @param claims               all claims, including rejected suggestions (so they are not proposed again)
 * @param groups               claim groups
 * @param tags                 the analyst's tags, with their keys
 * @param nextId               counter for new ids
 * @param modified             when it was last changed
 * @param resolutions          the analyst's decisions on conflicts
 * @param sourceGrades         reliability grades of outlets
 * @param credibilityOverrides credibility grades the analyst set against the proposal
 * @param entityCorrections    corrections to extracted entities, replayed on every extraction
 * @param briefing             what the analyst wrote for the briefing
 */
public record CaseFile(int formatVersion, List<Claim> claims, List<ClaimGroup> groups, List<TagDefinition> tags,
                       long nextId, Instant modified, List<Resolution> resolutions, List<SourceGrade> sourceGrades,
                       List<CredibilityOverride> credibilityOverrides, List<Correction> entityCorrections,
                       BriefingDraft briefing) {

    /**
     * 2: resolutions record the conflict's kind and variants by quote and the accepted variant by quote; credibility
     * overrides record the group's members by quote. Format 1 files load as they are: their resolutions are matched
     * by conflict id alone and their overrides by group id alone.
     */
    public static final int FORMAT_VERSION = 2;

    /** The tags a new case starts with; the analyst renames, adds and removes them. */
    public static final List<TagDefinition> DEFAULT_TAGS = List.of(
            new TagDefinition("attribution", 1), new TagDefinition("impact", 2), new TagDefinition("response", 3),
            new TagDefinition("victim", 4), new TagDefinition("method", 5), new TagDefinition("timeline", 6));

    public CaseFile {
        claims = copy(claims);
        groups = copy(groups);
        tags = tags == null ? DEFAULT_TAGS : List.copyOf(tags);
        nextId = Math.max(1, nextId);
        modified = modified == null ? Instant.now() : modified;
        resolutions = copy(resolutions);
        sourceGrades = copy(sourceGrades);
        credibilityOverrides = copy(credibilityOverrides);
        entityCorrections = copy(entityCorrections);
        briefing = briefing == null ? BriefingDraft.empty() : briefing;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static CaseFile empty() {
        return new CaseFile(FORMAT_VERSION, List.of(), List.of(), DEFAULT_TAGS, 1, Instant.now(), List.of(), List.of(),
                List.of(), List.of(), BriefingDraft.empty());
    }

    /** This case as the current format writes it: a case read from an older file is saved in the new format. */
    public CaseFile inCurrentFormat() {
        return formatVersion >= FORMAT_VERSION ? this : new CaseFile(FORMAT_VERSION, claims, groups, tags, nextId,
                modified, resolutions, sourceGrades, credibilityOverrides, entityCorrections, briefing);
    }

    // ---- reading ----

    public Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ClaimGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public List<Claim> members(String groupId) {
        return claims.stream().filter(c -> groupId.equals(c.groupId()) && c.status() != ClaimStatus.REJECTED).toList();
    }

    public Optional<Resolution> resolution(String conflictId) {
        return resolutions.stream().filter(r -> r.conflictId().equals(conflictId)).findFirst();
    }

    /** The outlet's grade, F (cannot be judged) when the analyst has not graded it. */
    public Reliability reliability(String outlet) {
        return sourceGrades.stream().filter(g -> g.outlet().equals(outlet)).map(SourceGrade::grade).findFirst()
                .orElse(Reliability.F);
    }

    public Optional<CredibilityOverride> credibilityOverride(String groupId) {
        return credibilityOverrides.stream().filter(o -> o.groupId().equals(groupId)).findFirst();
    }

    /** The id the next new claim will get. */
    public String nextClaimId() {
        return "c" + nextId;
    }

    /** The id the next new group will get. */
    public String nextGroupId() {
        return "g" + nextId;
    }

    /** The id the next new key judgment will get. */
    public String nextJudgmentId() {
        return "j" + nextId;
    }

    // ---- edits: each returns a new case ----

    public CaseFile withClaim(Claim claim) {
        return with(append(claims, claim), groups, nextId + 1);
    }

    public CaseFile updateClaim(String id, UnaryOperator<Claim> change) {
        return with(claims.stream().map(c -> c.id().equals(id) ? change.apply(c) : c).toList(), groups, nextId);
    }

    /** Removes a claim; a group left with no members goes too. */
    public CaseFile withoutClaim(String id) {
        return with(claims.stream().filter(c -> !c.id().equals(id)).toList(), groups, nextId).withoutEmptyGroups();
    }

    /** A new group holding the given claims (taken out of any group they were in). */
    public CaseFile withNewGroup(String summary, List<String> claimIds) {
        String groupId = nextGroupId();
        List<Claim> next = claims.stream().map(c -> claimIds.contains(c.id()) ? c.withGroup(groupId) : c).toList();
        return with(next, append(groups, new ClaimGroup(groupId, summary)), nextId + 1).withoutEmptyGroups();
    }

    /** Puts a claim into a group (or out of every group with null). */
    public CaseFile assign(String claimId, String groupId) {
        return updateClaim(claimId, c -> c.withGroup(groupId)).withoutEmptyGroups();
    }

    /** Moves every member of {@code from} into {@code into} and drops {@code from}. */
    public CaseFile mergeGroups(String into, String from) {
        List<Claim> next = claims.stream().map(c -> from.equals(c.groupId()) ? c.withGroup(into) : c).toList();
        return with(next, groups, nextId).withoutEmptyGroups();
    }

    public CaseFile updateGroup(String id, UnaryOperator<ClaimGroup> change) {
        return with(claims, groups.stream().map(g -> g.id().equals(id) ? change.apply(g) : g).toList(), nextId);
    }

    public CaseFile withTags(List<TagDefinition> newTags) {
        return new CaseFile(formatVersion, claims, groups, newTags, nextId, Instant.now(), resolutions, sourceGrades,
                credibilityOverrides, entityCorrections, briefing);
    }

    /** Records (or replaces) the decision on a conflict. */
    public CaseFile withResolution(Resolution resolution) {
        List<Resolution> next = replacing(resolutions, r -> r.conflictId().equals(resolution.conflictId()), resolution);
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(), next, sourceGrades,
                credibilityOverrides, entityCorrections, briefing);
    }

    /** Reopens a resolved conflict. */
    public CaseFile withoutResolution(String conflictId) {
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(),
                resolutions.stream().filter(r -> !r.conflictId().equals(conflictId)).toList(), sourceGrades,
                credibilityOverrides, entityCorrections, briefing);
    }

    public CaseFile withSourceGrade(SourceGrade grade) {
        List<SourceGrade> next = replacing(sourceGrades, g -> g.outlet().equals(grade.outlet()), grade);
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(), resolutions, next,
                credibilityOverrides, entityCorrections, briefing);
    }

    /** Sets the analyst's credibility grade for a group, or with null grade drops it (back to the proposal). */
    public CaseFile withCredibilityOverride(String groupId, CredibilityOverride override) {
        List<CredibilityOverride> kept = credibilityOverrides.stream().filter(o -> !o.groupId().equals(groupId)).toList();
        List<CredibilityOverride> next = override == null ? kept : append(kept, override);
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(), resolutions, sourceGrades,
                next, entityCorrections, briefing);
    }

    public CaseFile withEntityCorrection(Correction correction) {
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(), resolutions, sourceGrades,
                credibilityOverrides, append(entityCorrections, correction), briefing);
    }

    public CaseFile withBriefing(BriefingDraft draft) {
        return new CaseFile(formatVersion, claims, groups, tags, nextId, Instant.now(), resolutions, sourceGrades,
                credibilityOverrides, entityCorrections, draft);
    }

    /** Adds a key judgment with a fresh id. */
    public CaseFile withNewJudgment(KeyJudgment judgment) {
        KeyJudgment withId = new KeyJudgment(nextJudgmentId(), judgment.text(), judgment.likelihood(),
                judgment.confidence(), judgment.groupIds());
        BriefingDraft b = briefing;
        return new CaseFile(formatVersion, claims, groups, tags, nextId + 1, Instant.now(), resolutions, sourceGrades,
                credibilityOverrides, entityCorrections,
                b.withJudgments(append(b.judgments(), withId)));
    }

    private CaseFile with(List<Claim> newClaims, List<ClaimGroup> newGroups, long newNextId) {
        return new CaseFile(formatVersion, newClaims, newGroups, tags, newNextId, Instant.now(), resolutions,
                sourceGrades, credibilityOverrides, entityCorrections, briefing);
    }

    private CaseFile withoutEmptyGroups() {
        List<ClaimGroup> kept = groups.stream().filter(g -> claims.stream().anyMatch(c -> g.id().equals(c.groupId()))).toList();
        return kept.size() == groups.size() ? this : with(claims, kept, nextId);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    private static <T> List<T> replacing(List<T> list, Predicate<T> same, T item) {
        List<T> next = new ArrayList<>(list.stream().filter(same.negate()).toList());
        next.add(item);
        return next;
    }
}
