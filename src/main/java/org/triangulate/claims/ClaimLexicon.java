package org.triangulate.claims;

import java.util.Set;

/**
 * The general English words that make a sentence a report of a claim and say how it is held. Nothing here comes
 * from any particular story: these are the reporting verbs, hedges and denials of news writing in general.
 */
final class ClaimLexicon {

    private ClaimLexicon() {
    }

    /** Verbs that attribute a statement to a source. */
    static final Set<String> REPORTING = Set.of(
            "said", "says", "say", "saying", "told", "tells", "stated", "states", "announced", "announces", "announcing",
            "disclosed", "discloses", "revealed", "reveals", "reported", "reports", "confirmed", "confirms", "claimed",
            "claims", "alleged", "alleges", "accused", "accuses", "accusing", "denied", "denies", "denying", "insisted",
            "insists", "warned", "warns", "noted", "notes", "noting", "added", "argued", "argues", "acknowledged",
            "admitted", "admits", "explained", "described", "identified", "attributed", "attributing", "blamed", "blames",
            "charged", "tweeted", "wrote", "writes", "estimated", "estimates", "indicated", "suggested", "highlighted",
            "assured", "assuring", "refuted", "rejected", "rejects", "dismissed", "dismissing", "condemned", "condemning",
            "criticized", "criticised", "urged", "called", "calls", "declared", "asserted", "asserting", "maintained",
            "unveiled", "detailed", "outlined", "published", "released", "issued", "according", "emphasized", "emphasised",
            "stressed", "reiterated", "underlined", "underscored", "conceded", "contended", "countered", "replied");

    /** Verbs of denial: the source says the claim is false. */
    static final Set<String> DENIAL = Set.of(
            "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting", "reject", "rejects",
            "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "rebuff", "rebuffed", "rebuts",
            "rebutted", "disputed", "disputes", "repudiated", "denounced", "denounces");

    /** Words that weaken a statement to a possibility. */
    static final Set<String> HEDGES = Set.of(
            "likely", "unlikely", "reportedly", "allegedly", "apparently", "suspected", "possibly", "probably",
            "presumably", "purportedly", "seemingly", "may", "might", "could", "perhaps", "believed", "appears",
            "appeared", "suggests", "potentially", "supposedly", "unconfirmed", "unverified");

    /** Verbs of accusation: the claim is someone's allegation. */
    static final Set<String> ALLEGATION = Set.of(
            "accuse", "accuses", "accused", "accusing", "allege", "alleges", "alleged", "alleging", "claim", "claims",
            "claimed", "claiming", "blame", "blames", "blamed", "blaming", "attribute", "attributes", "attributed",
            "attributing", "charge", "charges", "charged", "charging", "indicted", "accusation", "accusations",
            "allegations");

    /**
     * Web-page furniture: a sentence that starts with one of these (a comment form, a sign-up prompt) is never a
     * claim. Matched at the start only, so a story about cookie rules or a newsletter keeps its claims.
     */
    static final Set<String> BOILERPLATE = Set.of(
            "leave a reply", "your email address will not be published", "required fields are marked", "all rights reserved",
            "subscribe to", "sign up for", "click here", "share this", "follow us", "read more", "related articles",
            "advertisement", "comment *", "save my name", "post comment", "copyright");
}
