package org.thaw.patient.boundary;

/** The orders a caseload can be listed in; each maps to a fixed SQL expression, never to input. */
public enum CaseloadSort {
    /** Triage order: patients with flags first, by their most severe flag, then the oldest. */
    FLAGS("fl.worst desc nulls last, fl.oldest asc nulls last", null),
    NAME("p.last_name", "p.last_name"),
    LAST_ENTRY("last.entry_date", null),
    LAST_NUMBNESS("last.numbness", null),
    MEAN_7_DAYS("week.mean", null),
    LAST_PHQ9("phq.total", null);

    private final String column;
    private final String fixedOrder;

    CaseloadSort(String column, String fixedOrder) {
        this.column = column;
        this.fixedOrder = fixedOrder;
    }

    String orderBy(boolean descending) {
        String first = this == FLAGS ? column : column + (descending ? " desc" : " asc") + " nulls last";
        return first + ", p.last_name, p.first_name, p.id";
    }
}
