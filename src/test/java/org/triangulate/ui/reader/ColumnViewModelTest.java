package org.triangulate.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.triangulate.corpus.Article;
import org.triangulate.corpus.ArticleMeta;
import org.triangulate.corpus.BreakIteratorSentenceSplitter;
import org.triangulate.corpus.TextSpan;
import org.triangulate.nlp.EntityType;

class ColumnViewModelTest {

    static final String BODY = "One happened. Two followed. Three came next. Four ended it.";
    static final Article ARTICLE = new Article("a1", "a.txt", new ArticleMeta("T", "Outlet", null, null, "en", "sidecar"), BODY,
            new BreakIteratorSentenceSplitter().split(BODY));
    final ColumnViewModel column = new ColumnViewModel(ARTICLE, new SimpleObjectProperty<Set<EntityType>>(Set.of()),
            new SimpleStringProperty());
    final List<TextSpan> s = ARTICLE.sentences();

    private TextSpan from(int first, int last) {
        return new TextSpan(s.get(first).start(), s.get(last).end());
    }

    @Test
    void shiftJAndShiftKMoveTheFreeEndAndTheCurrentSentenceStaysFixed() {
        column.chosenSentenceProperty().set(s.get(1));
        column.extendBySentence(1);
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(1, 2));
        column.extendBySentence(1);
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(1, 3));
        column.extendBySentence(1); // the last sentence: stays
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(1, 3));
        column.extendBySentence(-1);
        column.extendBySentence(-1);
        assertThat(column.extendedSelectionProperty().get()).as("back to the current sentence alone").isNull();
        column.extendBySentence(-1);
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(0, 1));
        assertThat(column.caret()).as("the range is shown from its start").isEqualTo(s.get(0).start());
        column.extendBySentence(1);
        column.extendBySentence(1);
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(1, 2));
        assertThat(column.caret()).isEqualTo(s.get(1).start());
    }

    @Test
    void theRangeIsLitAndChoosingAnotherSentenceDropsIt() {
        column.chosenSentenceProperty().set(s.get(0));
        column.extendBySentence(1);
        assertThat(classesAt(s.get(1).start())).contains(HighlightLayers.SENTENCE_RANGE);
        assertThat(classesAt(s.get(2).start())).doesNotContain(HighlightLayers.SENTENCE_RANGE);
        column.chosenSentenceProperty().set(s.get(3));
        assertThat(column.extendedSelectionProperty().get()).isNull();
        assertThat(classesAt(s.get(1).start())).doesNotContain(HighlightLayers.SENTENCE_RANGE);
    }

    @Test
    void withNoCurrentSentenceTheSentenceAtTheCaretIsTheFixedEnd() {
        column.reveal(s.get(2).start() + 2);
        column.extendBySentence(1);
        assertThat(column.extendedSelectionProperty().get()).isEqualTo(from(2, 3));
    }

    private List<String> classesAt(int offset) {
        int at = 0;
        for (StyleRun r : column.styleRuns()) {
            if (offset < at + r.length()) {
                return r.styleClasses();
            }
            at += r.length();
        }
        return List.of();
    }
}
