package org.thaw.clinician.caseload;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.PageRequest;

/** The dashboard table's rows, one page at a time, sorted by the database. */
public class CaseloadModel extends LazyDataModel<CaseloadRow> {

    private static final long serialVersionUID = 1L;

    private final transient Caseload caseload;
    private final CaseloadFilter filter;

    public CaseloadModel(Caseload caseload, CaseloadFilter filter) {
        this.caseload = caseload;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) caseload.count(filter);
    }

    @Override
    public List<CaseloadRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CaseloadSort sort = CaseloadSort.FLAGS;
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = sortOf(meta.getField());
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        int size = Math.max(1, Math.min(pageSize, 100));
        return caseload.page(new PageRequest(first / size, size), filter, sort, descending)
                .items();
    }

    @Override
    public String getRowKey(CaseloadRow row) {
        return row.patientId().toString();
    }

    static CaseloadSort sortOf(String field) {
        if (field == null) {
            return CaseloadSort.FLAGS;
        }
        return switch (field) {
            case "lastEntry" -> CaseloadSort.LAST_ENTRY;
            case "lastNumbness" -> CaseloadSort.LAST_NUMBNESS;
            case "lastPhq9" -> CaseloadSort.LAST_PHQ9;
            case "mean7" -> CaseloadSort.MEAN_7_DAYS;
            case "name" -> CaseloadSort.NAME;
            default -> CaseloadSort.FLAGS;
        };
    }
}
