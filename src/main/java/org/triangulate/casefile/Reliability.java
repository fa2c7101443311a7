package org.triangulate.casefile;

/** Source reliability in the Admiralty (NATO) system analysts use to grade where information comes from. */
public enum Reliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String label;

    Reliability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
