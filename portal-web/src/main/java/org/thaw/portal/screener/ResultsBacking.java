package org.thaw.portal.screener;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.thaw.integration.view.ScoreChart;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.security.boundary.RecordNotFoundException;

/** The patient's own results: a table (newest first) and one chart per questionnaire, bands shaded. */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One questionnaire's chart: its title and Chart.js configuration. */
    public record Chart(String code, String title, String config) implements Serializable {}

    @Inject
    MyScreeners screeners;

    private boolean hasRecord = true;
    private List<ScreenerResult> newestFirst = List.of();
    private List<Chart> charts = List.of();

    @PostConstruct
    void load() {
        List<ScreenerResult> results;
        try {
            results = screeners.results();
        } catch (RecordNotFoundException noRecord) {
            hasRecord = false;
            return;
        }
        List<ScreenerResult> reversed = new ArrayList<>(results);
        java.util.Collections.reverse(reversed);
        newestFirst = List.copyOf(reversed);
        List<Chart> list = new ArrayList<>();
        for (InstrumentDefinition instrument : screeners.instruments()) {
            List<ScreenerResult> of = results.stream().filter(r -> r.instrument().equals(instrument.code())).toList();
            if (!of.isEmpty()) {
                list.add(new Chart(instrument.code(), instrument.shortTitle(), ScoreChart.config(instrument, of)));
            }
        }
        charts = List.copyOf(list);
    }

    public boolean isHasRecord() {
        return hasRecord;
    }

    public List<ScreenerResult> getResults() {
        return newestFirst;
    }

    public List<Chart> getCharts() {
        return charts;
    }
}
