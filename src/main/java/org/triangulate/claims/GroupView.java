package org.triangulate.claims;

import java.util.List;

/**
 * A claim group as shown: the analyst's own group, or one the machine suggests.
 *
 * @param id                 the group id ("g3" saved; suggested: "s" and a hash of the members, "s3fa0c2e1")
 * @param summary            what the members say, in one of their wordings unless the analyst wrote one
 * @param independentSources how many independent origins report it (copies of one wire story count once)
 * @param suggested          true when the machine proposes the group and the analyst has not made it
 * @param claims             members in file order
 */
public record GroupView(String id, String summary, int independentSources, boolean suggested, List<ClaimView> claims) {

    public GroupView {
        claims = List.copyOf(claims);
    }
}
