package org.triangulate.conflicts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.TextSpan;

/** Small articles for conflict tests: the file name is the id, sentences end at ". ". */
final class TestArticles {

    private TestArticles() {
    }

    static Article article(String file, String outlet, String body) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = 0;
        for (String s : body.split("(?<=\\.) ")) {
            sentences.add(new TextSpan(start, start + s.length()));
            start += s.length() + 1;
        }
        return new Article(file, file, new ArticleMeta(file, outlet, null, LocalDate.of(2024, 1, 2), "en", null), body, sentences);
    }
}
