package org.thaw.patient.boundary;

/** The columns a caseload can be sorted by; each maps to a fixed SQL expression, never to input. */
public enum CaseloadSort {
    NAME("p.last_name"),
    LAST_ENTRY("last.entry_date"),
    LAST_NUMBNESS("last.numbness"),
    MEAN_7_DAYS("week.mean");

    private final String column;

    CaseloadSort(String column) {
        this.column = column;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " desc" : " asc";
        return column + direction + " nulls last, p.last_name, p.first_name, p.id";
    }
}
