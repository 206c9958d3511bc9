package org.thaw.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How often the launcher starts a part again before it gives up: at most {@link #MAX_RESTARTS}
 * restarts of one part within {@link #WINDOW}. A part that keeps dying (a full disk, a broken
 * configuration) is not restarted for ever: the launcher stops everything and says why.
 */
final class RestartBudget {

    static final int MAX_RESTARTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Deque<Instant>> restarts = new HashMap<>();

    RestartBudget(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one restart of {@code part} from the budget: its number within the window (1 to
     * {@link #MAX_RESTARTS}), or 0 when the budget is spent and the part must not start again.
     */
    synchronized int take(String part) {
        Instant now = clock.instant();
        Deque<Instant> times = restarts.computeIfAbsent(part, p -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        if (times.size() >= MAX_RESTARTS) {
            return 0;
        }
        times.addLast(now);
        return times.size();
    }
}
