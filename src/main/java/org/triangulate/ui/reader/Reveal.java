package org.triangulate.ui.reader;

/**
 * A request from a view model that a column show an offset and put its caret there. The sequence number makes
 * asking twice for the same offset a change the view sees.
 */
public record Reveal(int offset, long sequence) {
}
