package org.thaw.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadQuery;
import org.thaw.patient.boundary.CaseloadSort;

/** The benchmark's raw SQL is the dashboard's own statement, with positional parameters. */
class CaseloadSqlTest {

    @Test
    void theRawSqlIsTheDashboardsStatementWithQuestionMarks() {
        String named = CaseloadQuery.pageSql(CaseloadFilter.NONE, CaseloadSort.FLAGS, false);

        assertEquals(
                named.replace(":now", "?").replace(":today", "?").replace(":username", "?")
                        + " offset ? rows fetch first ? rows only",
                CaseloadSql.PAGE);
        assertFalse(CaseloadSql.PAGE.contains(":"), "no named parameter is left for JDBC");
        assertTrue(CaseloadSql.COUNT.startsWith("select count(*) from care_team_member"), CaseloadSql.COUNT);
    }

    @Test
    void aChangeInTheDashboardsParametersStopsTheBenchmarkInsteadOfBindingWrongly() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> CaseloadSql.positional("select 1 where a = :username and b = :now", List.of("now", "username")));

        assertTrue(e.getMessage().contains("[username, now]"), e.getMessage());
    }
}
