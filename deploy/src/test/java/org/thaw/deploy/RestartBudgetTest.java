package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void three_restarts_within_five_minutes_then_the_launcher_gives_up() {
        Hand clock = new Hand();
        RestartBudget budget = new RestartBudget(clock);
        assertEquals(1, budget.take(Stack.PAYARA));
        clock.now = clock.now.plusSeconds(60);
        assertEquals(2, budget.take(Stack.PAYARA));
        clock.now = clock.now.plusSeconds(60);
        assertEquals(3, budget.take(Stack.PAYARA));
        clock.now = clock.now.plusSeconds(60);
        assertEquals(0, budget.take(Stack.PAYARA), "a fourth exit within 5 minutes: give up");
    }

    @Test
    void a_restart_older_than_five_minutes_no_longer_counts_and_parts_count_apart() {
        Hand clock = new Hand();
        RestartBudget budget = new RestartBudget(clock);
        budget.take(Stack.PAYARA);
        budget.take(Stack.PAYARA);
        budget.take(Stack.PAYARA);
        assertEquals(1, budget.take(Stack.KEYCLOAK), "Keycloak has its own budget");
        clock.now = clock.now.plus(RestartBudget.WINDOW).plusSeconds(1);
        assertEquals(1, budget.take(Stack.PAYARA), "the earlier three are past the window");
    }

    @Test
    void an_exit_is_told_as_its_code_or_the_signal_that_ended_it() {
        assertEquals("killed by signal 9 (SIGKILL)", ChildProcess.describeExit(137));
        assertEquals("killed by signal 15 (SIGTERM)", ChildProcess.describeExit(143));
        assertEquals("exit code 1", ChildProcess.describeExit(1));
        assertEquals("exit code 0", ChildProcess.describeExit(0));
        assertEquals(Duration.ofMinutes(5), RestartBudget.WINDOW);
    }
}
