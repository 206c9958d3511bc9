package org.thaw.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the demo practice (design.md "Local defaults") once per data folder, anchored to the day
 * it is loaded. Resetting the data folder loads it afresh.
 */
final class DemoData {

    private DemoData() {}

    /** Each part of the demo practice, in load order, with the setting that marks it loaded. */
    private static final String[][] PARTS = {
        {"demo.loaded_on", "demo/demo-data.sql"},
        // added with the screeners: also loaded into a data folder whose demo predates them
        {"demo.screeners_loaded_on", "demo/demo-screeners.sql"},
        {"demo.messages_loaded_on", "demo/demo-messages.sql"},
        {"demo.medications_loaded_on", "demo/demo-medications.sql"},
        {"demo.plans_loaded_on", "demo/demo-plans.sql"},
    };

    /** Loads each demo part unless it was loaded before; returns true when anything loaded now. */
    static boolean loadOnce(String jdbcUrl, String user, String password) throws SQLException {
        boolean loaded = false;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set search_path = thaw");
                for (String[] part : PARTS) {
                    try (ResultSet rs =
                            s.executeQuery("select 1 from practice_setting where key = '" + part[0] + "'")) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    s.execute(RealmTemplate.read(part[1]));
                    loaded = true;
                }
            }
            c.commit();
            return loaded;
        }
    }
}
