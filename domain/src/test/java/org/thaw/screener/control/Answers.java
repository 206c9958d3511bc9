package org.thaw.screener.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answer sets for tests: any raw total, with the unscored required questions answered. */
final class Answers {

    private Answers() {}

    /** Scored answers adding up to {@code rawTotal}, filling each question up to its highest score in turn. */
    static Map<String, Object> totalling(Instrument instrument, int rawTotal) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int left = rawTotal;
        for (Item item : instrument.items()) {
            if (!item.scored()) {
                continue;
            }
            List<Integer> scores = item.scores();
            int score = Math.min(left, scores.get(scores.size() - 1));
            answers.put(item.linkId(), score);
            left -= score;
        }
        if (left != 0) {
            throw new IllegalArgumentException(instrument.code() + " cannot total " + rawTotal);
        }
        if (instrument.code().equals("NUMBNESS")) {
            answers.putAll(numbnessContext());
        }
        return answers;
    }

    /** The numbness check's required context questions: two weeks or so, no idea why, no antidepressant. */
    static Map<String, Object> numbnessContext() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("numb-duration", "one_to_two_weeks");
        answers.put("numb-triggers", new ArrayList<>(List.of()));
        answers.put("numb-medication", "no");
        return answers;
    }

    static Map<String, Object> with(Map<String, Object> answers, String linkId, Object answer) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        changed.put(linkId, answer);
        return changed;
    }

    static Map<String, Object> without(Map<String, Object> answers, String... linkIds) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        for (String linkId : linkIds) {
            changed.remove(linkId);
        }
        return changed;
    }
}
