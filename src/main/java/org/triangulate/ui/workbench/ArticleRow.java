package org.triangulate.ui.workbench;

import java.time.LocalDate;
import org.triangulate.corpus.Article;

/**
 * One line of the article list.
 *
 * @param article        the article
 * @param entityMentions how many entity mentions it has (0 until extraction ran)
 * @param entities       how many distinct entities it mentions
 */
public record ArticleRow(Article article, int entityMentions, int entities) {

    public String outlet() {
        return article.outlet() == null ? "" : article.outlet();
    }

    public LocalDate published() {
        return article.published();
    }

    public String title() {
        return article.title();
    }
}
