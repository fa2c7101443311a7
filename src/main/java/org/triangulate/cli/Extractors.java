package org.triangulate.cli;

import org.triangulate.nlp.EntityExtractor;
import org.triangulate.nlp.LayeredExtractor;

/** The entity extractor commands use: built once per process, since loading the statistical model takes seconds. */
final class Extractors {

    private static EntityExtractor standard;

    private Extractors() {
    }

    static synchronized EntityExtractor standard() {
        if (standard == null) {
            standard = new LayeredExtractor();
        }
        return standard;
    }
}
