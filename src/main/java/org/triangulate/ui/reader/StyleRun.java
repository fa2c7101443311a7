package org.triangulate.ui.reader;

import java.util.List;

/** A stretch of an article body and the CSS style classes it is drawn with. */
public record StyleRun(int length, List<String> styleClasses) {

    public StyleRun {
        styleClasses = List.copyOf(styleClasses);
    }
}
