package org.thaw.integration.view;

/** A check-in streak in words, the same on the portal's home and journal pages. */
public final class Streaks {

    private Streaks() {}

    /**
     * "5 days in a row. Well done." once today's check-in is in, "5 days in a row. Check in today to
     * keep it going." while it is still to come, or how to start one.
     */
    public static String words(int streak, boolean checkedInToday) {
        if (streak == 0) {
            return Texts.get("streak.none");
        }
        String run = Texts.get(streak == 1 ? "streak.one" : "streak.days", streak);
        return run + " " + Texts.get(checkedInToday ? "streak.today" : "streak.keepGoing");
    }
}
