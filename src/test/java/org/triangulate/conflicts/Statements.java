package org.triangulate.conflicts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.nlp.EntityType;
import org.triangulate.nlp.Mention;

/** Builds statements for tests from plain sentences: each article its own origin unless said otherwise. */
final class Statements {

    private Statements() {
    }

    static Statement of(String file, String group, String text) {
        return new Statement(file, file, file, file, group, 0, text.length(), text, "", List.of(), null);
    }

    static Statement after(String file, String group, String previous, String text) {
        return new Statement(file, file, file, file, group, previous.length() + 1, previous.length() + 1 + text.length(),
                text, previous, List.of(), null);
    }

    static Statement copyOf(String file, String origin, String group, String text) {
        return new Statement(file, file, file, origin, group, 0, text.length(), text, "", List.of(), null);
    }

    static Statement published(String file, String group, String text, LocalDate published) {
        return new Statement(file, file, file, file, group, 0, text.length(), text, "", List.of(), published);
    }

    /** A statement with entity mentions: pairs of (surface text, type) whose canonical name is the surface text. */
    static Statement withMentions(String file, String group, String text, Object... surfaceAndType) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < surfaceAndType.length; i += 2) {
            String surface = (String) surfaceAndType[i];
            int at = text.indexOf(surface);
            mentions.add(new Mention(at, at + surface.length(), surface, (EntityType) surfaceAndType[i + 1], surface));
        }
        return new Statement(file, file, file, file, group, 0, text.length(), text, "", mentions, null);
    }

    static List<Conflict> detect(Statement... statements) {
        return new ConflictDetector().detect(List.of(statements));
    }
}
