package org.triangulate.briefing;

import java.util.List;
import org.triangulate.casefile.CaseFile;
import org.triangulate.claims.ClaimOverview;
import org.triangulate.corpus.Article;
import org.triangulate.nlp.Entity;

/**
 * What a briefing is drawn from: the workspace's articles and entities, the claims overview, the analyst's case,
 * and conflict and credibility input.
 *
 * @param articles articles in file order
 * @param entities entities with mention counts
 * @param overview claim groups (the analyst's and suggested ones)
 * @param kase     the analyst's saved case
 * @param evidence conflicts and proposed credibility
 */
public record BriefingSources(List<Article> articles, List<Entity> entities, ClaimOverview overview, CaseFile kase,
                              EvidenceInput evidence) {

    public BriefingSources {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        evidence = evidence == null ? EvidenceInput.none() : evidence;
    }
}
