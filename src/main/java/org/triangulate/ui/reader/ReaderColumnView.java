package org.triangulate.ui.reader;

import org.triangulate.corpus.TextSpan;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.triangulate.nlp.Mention;
import org.triangulate.ui.common.EntityTypeLabels;

/**
 * One column of the reader: the article's header and its body in a read-only, virtualised RichTextFX area. It
 * applies the view model's style runs and reveals, and reports caret moves and clicks on mentions back.
 */
public final class ReaderColumnView extends VBox {

    public static final PseudoClass FOCUSED_COLUMN = PseudoClass.getPseudoClass("focused-column");
    public static final PseudoClass PREVIEW = PseudoClass.getPseudoClass("preview");
    /** Above this many paragraphs to restyle, one change is quicker than one per paragraph (see applyStyles). */
    private static final int PARAGRAPHS_RESTYLED_ONE_BY_ONE = 300;

    private final ColumnViewModel column;
    private final StyleClassedTextArea body = new StyleClassedTextArea(false);
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private final ChangeListener<List<StyleRun>> restyle = (o, a, runs) -> applyStyles(runs);
    private final ChangeListener<Reveal> revealer = (o, a, r) -> reveal(r);
    private final ReaderViewModel reader;
    private final HBox previewRow;
    private final ChangeListener<ColumnViewModel> showPreview = (o, a, preview) -> showPreview(preview == column());
    /** The runs last applied to the text area (at first: the whole text unstyled). */
    private List<StyleRun> applied = List.of();
    /** True between a primary-button press in the text and its release. */
    private boolean pressing;
    /** The character under the mouse at that press, or -1. */
    private int pressedAt = -1;

    public ReaderColumnView(ColumnViewModel column, ReaderViewModel reader) {
        this.column = column;
        this.reader = reader;
        getStyleClass().add("reader-column");
        setId("column-" + column.article().file().replaceAll("[^A-Za-z0-9_-]", "_"));

        Label title = new Label(column.title());
        title.getStyleClass().add("column-title");
        title.setWrapText(true);
        title.setMaxHeight(64); // at most about three lines in a narrow column; the tooltip has it all
        title.setTooltip(new Tooltip(column.title()));
        Label byline = new Label(column.byline());
        byline.getStyleClass().add("column-byline");
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll("flat", "column-close");
        close.setTooltip(new Tooltip("Close this column"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> {
            reader.focusColumn(reader.columns().indexOf(column));
            reader.closeFocused();
        });
        // A column a search hit opened says so: the next hit in an article the analyst has not opened replaces it.
        Label previewTag = new Label("Search preview");
        previewTag.getStyleClass().add("preview-tag");
        previewTag.setTooltip(new Tooltip("Opened to show a search hit: the next hit in an article you have not opened"
                + " replaces it. Keep it open, or open the article from the list, to read on."));
        javafx.scene.control.Hyperlink keep = new javafx.scene.control.Hyperlink("Keep open");
        keep.getStyleClass().add("preview-keep");
        keep.setFocusTraversable(false);
        keep.setOnAction(e -> reader.keepPreview());
        previewRow = new HBox(4, previewTag, keep);
        previewRow.setAlignment(Pos.BASELINE_LEFT);
        previewRow.getStyleClass().add("preview-row");
        previewRow.managedProperty().bind(previewRow.visibleProperty());
        VBox heading = new VBox(2, previewRow, title, byline);
        HBox.setHgrow(heading, Priority.ALWAYS);
        showPreview.changed(null, null, reader.previewColumnProperty().get());
        reader.previewColumnProperty().addListener(showPreview);
        HBox header = new HBox(8, heading, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add("reader-column-header"); // not "column-header": that is the TableView's

        body.replaceText(column.article().body());
        body.setEditable(false);
        body.setWrapText(true);
        body.getStyleClass().add("reader-body");
        body.setId(getId() + "-body");
        body.setAccessibleText("Text of " + column.title());
        // Read-only areas hide the caret by default; show it while the column has the keyboard so j/k are visible.
        body.showCaretProperty().bind(javafx.beans.binding.Bindings.when(body.focusedProperty())
                .then(org.fxmisc.richtext.Caret.CaretVisibility.ON).otherwise(org.fxmisc.richtext.Caret.CaretVisibility.OFF));
        body.moveTo(0);
        body.getUndoManager().forgetHistory();
        VirtualizedScrollPane<StyleClassedTextArea> scroller = new VirtualizedScrollPane<>(body);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(header, scroller);

        applyStyles(column.styleRuns());
        column.styleRunsProperty().addListener(restyle);
        column.revealProperty().addListener(revealer);
        // A press moves the caret at once, but choosing the sentence there restyles the paragraph under the mouse,
        // and JavaFX then delivers the release and click to text nodes no longer in the scene: the first click on
        // a mention was lost. So a mouse move of the caret is reported when the button is released.
        body.caretPositionProperty().addListener((o, a, b) -> {
            if (!pressing) {
                reader.caretMoved(column, b);
            }
        });
        body.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressing = e.isPrimaryButtonDown();
            pressedAt = body.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        });
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!pressing) {
                return;
            }
            pressing = false;
            Mention m = pressedAt < 0 ? null : column.mentionAt(pressedAt);
            if (m != null && e.isStillSincePress() && body.getSelection().getLength() == 0) {
                reader.mentionClicked(column, body.getCaretPosition(), m);
            } else {
                reader.caretMoved(column, body.getCaretPosition());
            }
        });
        body.selectionProperty().addListener((o, a, b) -> column.selectionProperty().set(
                b == null || b.getLength() == 0 ? null : new TextSpan(b.getStart(), b.getEnd())));
        body.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                reader.focusColumn(reader.columns().indexOf(column));
            } else {
                pressing = false;
            }
        });

        hoverLabel.getStyleClass().add("mention-hover");
        hover.getContent().add(hoverLabel);
        body.setMouseOverTextDelay(Duration.ofMillis(350));
        body.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Mention m = column.mentionAt(e.getCharacterIndex());
            if (m != null && getScene() != null) {
                hoverLabel.setText(EntityTypeLabels.singular(m.type()) + " · " + m.entity());
                hoverLabel.getStylesheets().setAll(getScene().getStylesheets());
                hover.show(body, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
            }
        });
        body.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        if (column.revealProperty().get() != null) {
            reveal(column.revealProperty().get());
        }
    }

    public ColumnViewModel column() {
        return column;
    }

    private void showPreview(boolean preview) {
        pseudoClassStateChanged(PREVIEW, preview);
        previewRow.setVisible(preview);
    }

    public StyleClassedTextArea body() {
        return body;
    }

    /** Unhooks from the view model when the column is closed, so a closed column is not kept alive. */
    public void dispose() {
        column.styleRunsProperty().removeListener(restyle);
        column.revealProperty().removeListener(revealer);
        reader.previewColumnProperty().removeListener(showPreview);
        hover.hide();
    }

    public void setFocusedColumn(boolean focused) {
        pseudoClassStateChanged(FOCUSED_COLUMN, focused);
    }

    public void focusBody() {
        body.requestFocus();
    }

    private void applyStyles(List<StyleRun> runs) {
        if (runs.isEmpty()) {
            return;
        }
        // Restyle only the stretch that changed: in a long article, moving the chosen sentence or the current
        // search hit changes a few runs, and re-applying all of them costs a noticeable pause per key press.
        int first = 0;
        int offset = 0;
        int shared = Math.min(runs.size(), applied.size());
        while (first < shared && runs.get(first).equals(applied.get(first))) {
            offset += runs.get(first).length();
            first++;
        }
        int lastNew = runs.size() - 1;
        int lastOld = applied.size() - 1;
        while (lastNew >= first && lastOld >= first && runs.get(lastNew).equals(applied.get(lastOld))) {
            lastNew--;
            lastOld--;
        }
        boolean firstStyling = applied.isEmpty();
        applied = runs;
        if (lastNew < first) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(lastNew - first + 1);
        for (StyleRun run : runs.subList(first, lastNew + 1)) {
            spans.add(run.styleClasses(), run.length());
        }
        StyleSpans<Collection<String>> built = spans.create();
        if (firstStyling) {
            body.setStyleSpans(offset, built); // nothing shown yet: one change is quickest
            return;
        }
        // Paragraph by paragraph: restyled in one change, a stretch covering the visible paragraphs brought the
        // viewport back to the top after the next layout (selecting an entity scrolled the column away from the
        // mention just clicked). A change of one paragraph keeps the viewport where it is, but costs about half a
        // millisecond: past a few hundred changed paragraphs (entities arriving for a long article) it is one
        // change, and the paragraph that was at the top is put back there.
        int end = offset + built.length();
        List<Runnable> changes = new java.util.ArrayList<>();
        int paragraph = body.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        for (; paragraph < body.getParagraphs().size(); paragraph++) {
            int start = body.getAbsolutePosition(paragraph, 0);
            if (start >= end) {
                break;
            }
            int from = Math.max(offset, start);
            int to = Math.min(end, start + body.getParagraphLength(paragraph));
            if (from < to) {
                StyleSpans<Collection<String>> part = built.subView(from - offset, to - offset);
                if (!sameStyles(part, body.getStyleSpans(paragraph, from - start, to - start))) {
                    int p = paragraph;
                    changes.add(() -> body.setStyleSpans(p, from - start, part));
                }
            }
        }
        if (changes.size() <= PARAGRAPHS_RESTYLED_ONE_BY_ONE) {
            changes.forEach(Runnable::run);
            return;
        }
        int top = firstVisibleParagraph();
        body.setStyleSpans(offset, built);
        if (top >= 0) {
            body.showParagraphAtTop(top);
        }
    }

    /** The paragraph at the top of the viewport, or -1 before the text has been laid out. */
    private int firstVisibleParagraph() {
        try {
            return body.firstVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return -1; // no visible paragraphs yet
        }
    }

    /** Whether two stretches of style spans give every character the same classes. */
    private static boolean sameStyles(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) {
            return false;
        }
        var left = a.iterator();
        var right = b.iterator();
        int leftLeft = 0;
        int rightLeft = 0;
        Collection<String> leftStyle = null;
        Collection<String> rightStyle = null;
        for (int done = 0; done < a.length(); ) {
            if (leftLeft == 0) {
                var span = left.next();
                leftLeft = span.getLength();
                leftStyle = span.getStyle();
                continue;
            }
            if (rightLeft == 0) {
                var span = right.next();
                rightLeft = span.getLength();
                rightStyle = span.getStyle();
                continue;
            }
            if (!java.util.Set.copyOf(leftStyle).equals(java.util.Set.copyOf(rightStyle))) {
                return false;
            }
            int step = Math.min(leftLeft, rightLeft);
            leftLeft -= step;
            rightLeft -= step;
            done += step;
        }
        return true;
    }

    private void reveal(Reveal r) {
        if (r == null) {
            return;
        }
        int offset = Math.min(r.offset(), body.getLength());
        body.moveTo(offset);
        int paragraph = body.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        // News paragraphs are short: the paragraph at the top shows the target with what follows it. Again after
        // the next layout, for a column that has just been created and has no viewport yet.
        body.showParagraphAtTop(paragraph);
        javafx.application.Platform.runLater(() -> {
            if (paragraph < body.getParagraphs().size()) {
                body.showParagraphAtTop(paragraph);
            }
        });
    }
}
