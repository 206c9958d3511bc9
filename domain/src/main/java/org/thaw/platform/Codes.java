package org.thaw.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Codes chosen from a catalogue (journal emotions, side effects): checked against it, refused by
 * field when unknown, kept once each in catalogue order.
 */
public final class Codes {

    private Codes() {}

    /**
     * The chosen codes, each once, in catalogue order (none when {@code codes} is null); an unknown
     * code is refused naming {@code field} and listing the codes allowed.
     */
    public static List<String> checked(String field, Collection<String> codes, Map<String, String> catalogue) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        for (String code : codes) {
            if (code == null || !catalogue.containsKey(code)) {
                throw new InvalidInputException(
                        field,
                        "has an unknown code " + (code == null ? "null" : "'" + code + "'") + "; allowed are "
                                + String.join(", ", catalogue.keySet()));
            }
        }
        return catalogue.keySet().stream().filter(codes::contains).toList();
    }
}
