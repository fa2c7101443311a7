package org.triangulate.casefile;

/** Information credibility in the Admiralty (NATO) system: how far a piece of information is borne out. */
public enum Credibility {
    CONFIRMED(1, "Confirmed by other sources"),
    PROBABLY_TRUE(2, "Probably true"),
    POSSIBLY_TRUE(3, "Possibly true"),
    DOUBTFUL(4, "Doubtful"),
    IMPROBABLE(5, "Improbable"),
    CANNOT_BE_JUDGED(6, "Truth cannot be judged");

    private final int grade;
    private final String label;

    Credibility(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    public int grade() {
        return grade;
    }

    public String label() {
        return label;
    }

    public static Credibility ofGrade(int grade) {
        for (Credibility c : values()) {
            if (c.grade == grade) {
                return c;
            }
        }
        throw new IllegalArgumentException("credibility grades run from 1 to 6, not " + grade);
    }
}
