package org.thaw.integration.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentDefinition.Band;
import org.thaw.screener.boundary.ScreenerResult;

/**
 * One instrument's totals over time as a Chart.js configuration for {@code <p:chart>}: a line of
 * totals, one point per result, over the instrument's bands shaded from calm to warm (reversed
 * where a higher total is better, as for WHO-5), on a time axis. Strings are escaped as
 * {@link TrendChart} does; {@link #summary} says the same in words for beside the chart.
 *
 * <pre>
 * String config = ScoreChart.config(phq9, resultsOfPhq9);
 * </pre>
 */
public final class ScoreChart {

    private static final int PAD_DAYS = 7;

    /** Band fills from the lowest band up, for instruments where higher is worse. */
    private static final List<String> SHADES = List.of(
            "rgba(43,138,62,0.13)",
            "rgba(148,180,60,0.15)",
            "rgba(214,158,46,0.16)",
            "rgba(221,107,32,0.17)",
            "rgba(180,35,24,0.17)");

    private ScoreChart() {}

    /** One questionnaire's chart: its code, short title, Chart.js configuration and what it shows in words. */
    public record Chart(String code, String title, String config, String summary) implements Serializable {}

    /** A chart for each instrument that has results, in the instruments' order. */
    public static List<Chart> perInstrument(
            List<InstrumentDefinition> instruments, List<ScreenerResult> results, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        for (InstrumentDefinition instrument : instruments) {
            List<ScreenerResult> of = results.stream()
                    .filter(r -> r.instrument().equals(instrument.code()))
                    .toList();
            if (!of.isEmpty()) {
                charts.add(new Chart(
                        instrument.code(),
                        instrument.shortTitle(),
                        config(instrument, of, locale),
                        summary(instrument, of, locale)));
            }
        }
        return List.copyOf(charts);
    }

    /**
     * The chart of {@code results} (one instrument's, oldest first) on {@code instrument}'s scale,
     * over a time axis: results stand as far apart as the days between them, two on one day stand
     * on that day, and each point's tooltip gives its date and total.
     */
    public static String config(InstrumentDefinition instrument, List<ScreenerResult> results) {
        return config(instrument, results, Locale.ENGLISH);
    }

    /** As {@link #config(InstrumentDefinition, List)}, its line named in {@code locale}'s words. */
    public static String config(InstrumentDefinition instrument, List<ScreenerResult> results, Locale locale) {
        LocalDate first = results.get(0).administeredOn();
        LocalDate last = results.get(results.size() - 1).administeredOn();
        // a week either side, so a single result or the latest is not drawn on the chart's edge
        LocalDate from = first.minusDays(PAD_DAYS);
        LocalDate to = last.plusDays(PAD_DAYS);
        List<String> datasets = new ArrayList<>();
        datasets.add("{\"label\":" + TrendChart.string(Texts.get(locale, "chart.score.total", instrument.shortTitle()))
                + ",\"data\":"
                + join(results.stream()
                        .map(r -> point(r.administeredOn(), Integer.toString(r.total())))
                        .toList())
                + ",\"borderColor\":\"#25476a\",\"backgroundColor\":\"#25476a\",\"pointRadius\":4,"
                + "\"pointHoverRadius\":6,\"tension\":0,\"fill\":false,\"order\":0}");
        List<Band> bands = instrument.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String top = Double.toString(i == bands.size() - 1 ? band.max() : band.max() + 0.5);
            int shade = shade(i, bands.size(), instrument.higherIsWorse());
            datasets.add("{\"label\":" + TrendChart.string(band.label() + " (" + band.min() + "–" + band.max() + ")")
                    + ",\"data\":" + join(List.of(point(from, top), point(to, top)))
                    + ",\"borderWidth\":0,\"pointRadius\":0,\"pointHoverRadius\":0,\"pointHitRadius\":0,"
                    + "\"backgroundColor\":" + TrendChart.string(SHADES.get(shade))
                    + ",\"fill\":" + (i == 0 ? "\"origin\"" : "\"-1\"") + ",\"order\":1}");
        }
        return "{\"type\":\"line\",\"data\":{\"datasets\":" + join(datasets) + "},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"x\":" + TrendChart.timeAxis(from, to)
                + ",\"y\":{\"min\":" + instrument.min() + ",\"max\":" + instrument.max() + "}},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"},"
                + "\"tooltip\":{\"mode\":\"nearest\",\"intersect\":false,\"axis\":\"x\"}}}}";
    }

    /**
     * The chart in one line of words: "PHQ-9 13 → 5 since 22 Oct 2026, improved" (the change from
     * the first result, judged by the instrument's meaningful change), or "PHQ-9 13 on 22 Oct 2026,
     * the first result".
     */
    public static String summary(InstrumentDefinition instrument, List<ScreenerResult> results, Locale locale) {
        ScreenerResult first = results.get(0);
        ScreenerResult last = results.get(results.size() - 1);
        String name = instrument.shortTitle();
        if (results.size() == 1) {
            return Texts.get(
                    locale, "chart.score.one", name, first.total(), TrendChart.date(first.administeredOn(), locale));
        }
        String change = last.changeFromBaseline() == null
                ? ""
                : Texts.get(locale, "chart.change." + last.changeFromBaseline().name());
        return Texts.get(
                locale,
                "chart.score.change",
                name,
                first.total(),
                last.total(),
                TrendChart.date(first.administeredOn(), locale),
                change);
    }

    private static String point(LocalDate day, String y) {
        return "{\"x\":" + TrendChart.string(day.toString()) + ",\"y\":" + y + "}";
    }

    /** Spreads the bands over the shades: the lowest calm, the highest warm (or the other way round). */
    private static int shade(int band, int count, boolean higherIsWorse) {
        int step = count <= 1 ? 0 : (int) Math.round(band * (SHADES.size() - 1) / (double) (count - 1));
        return higherIsWorse ? step : SHADES.size() - 1 - step;
    }

    private static String join(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }
}
