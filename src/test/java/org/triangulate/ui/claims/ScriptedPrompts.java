package org.triangulate.ui.claims;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Prompts answered from a queue, as the analyst would type them: {@link #askText} returns the next answer, and
 * {@link #choose} picks the choice whose key equals the next answer or whose label contains it. An empty queue is a
 * cancelled dialog.
 */
public final class ScriptedPrompts implements ClaimPrompts {

    private final Deque<String> answers = new ArrayDeque<>();

    /** Queues what the analyst will answer next. */
    public ScriptedPrompts answer(String... next) {
        answers.addAll(List.of(next));
        return this;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<String> choose(String title, List<Choice> choices) {
        String answer = answers.poll();
        if (answer == null) {
            return Optional.empty();
        }
        return choices.stream().filter(c -> c.key().equals(answer)).map(Choice::key).findFirst()
                .or(() -> choices.stream().filter(c -> c.label().contains(answer)).map(Choice::key).findFirst());
    }
}
