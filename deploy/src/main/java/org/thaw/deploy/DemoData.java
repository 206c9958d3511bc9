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

    /** Loads the demo data unless it was loaded before; returns true when it loaded now. */
    static boolean loadOnce(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set search_path = thaw");
                try (ResultSet rs = s.executeQuery("select 1 from practice_setting where key = 'demo.loaded_on'")) {
                    if (rs.next()) {
                        return false;
                    }
                }
                s.execute(RealmTemplate.read("demo/demo-data.sql"));
            }
            c.commit();
            return true;
        }
    }
}
