package org.triangulate.corpus;

import java.util.List;

/** Splits text into sentences. Behind an interface so the NLP layer can swap in a better splitter. */
public interface SentenceSplitter {

    /** Sentence spans in order, trimmed of surrounding whitespace, never empty. */
    List<TextSpan> split(String text);
}
