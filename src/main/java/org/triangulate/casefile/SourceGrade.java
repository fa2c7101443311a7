package org.triangulate.casefile;

/**
 * The analyst's reliability grade for an outlet (every article from it shares the grade).
 *
 * @param outlet the outlet as the articles name it (or the article file when the outlet is unknown)
 * @param grade  A-F; F, "cannot be judged", when the analyst has not graded it
 */
public record SourceGrade(String outlet, Reliability grade) {
}
