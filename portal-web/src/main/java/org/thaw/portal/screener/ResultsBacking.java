package org.thaw.portal.screener;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.thaw.integration.view.ScoreChart;
import org.thaw.integration.view.ScoreChart.Chart;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.screener.boundary.InstrumentLanguages;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.security.boundary.RecordNotFoundException;

/** The patient's own results: a table (newest first) and one chart per questionnaire, bands shaded. */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
        Collections.reverse(reversed);
        newestFirst = List.copyOf(reversed);
        String language = Texts.locale().getLanguage();
        charts = ScoreChart.perInstrument(
                screeners.instruments().stream()
                        .map(d -> InstrumentLanguages.in(d, language))
                        .toList(),
                results,
                Texts.locale());
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

    /** What a results chart shows, for its accessible name. */
    public String chartLabel(String title) {
        return Texts.get("results.chart", title);
    }

    /** A result's questionnaire, named in the page's language where it has a version in it. */
    public String title(ScreenerResult r) {
        return screeners
                .instrument(r.instrument(), Texts.locale().getLanguage())
                .shortTitle();
    }

    /** A result's band, in the page's language where the questionnaire has a version in it. */
    public String bandLabel(ScreenerResult r) {
        return r.band() == null
                ? r.bandLabel()
                : screeners
                        .instrument(r.instrument(), Texts.locale().getLanguage())
                        .bandLabel(r.band())
                        .orElse(r.bandLabel());
    }

    /** A result's day as the pages write it, "3 Dec 2026". */
    public String date(LocalDate day) {
        return Times.day(day);
    }
}
