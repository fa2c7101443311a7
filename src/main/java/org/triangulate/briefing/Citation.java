package org.triangulate.briefing;

import java.time.LocalDate;

/**
 * A numbered reference to an exact quote in one article, as footnotes and the notes section print it.
 *
 * @param number    1-based, in order of first use
 * @param outlet    the outlet, or the file when the article names none
 * @param title     the article's title
 * @param published publication date, or null
 * @param file      article file, relative to the corpus folder
 * @param start     body offset of the quote
 * @param end       body offset after the quote
 * @param quote     the exact quoted text
 */
public record Citation(int number, String outlet, String title, LocalDate published, String file, int start, int end,
                       String quote) {
}
