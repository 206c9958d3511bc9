package org.thaw.integration.view;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentDefinition.Band;
import org.thaw.screener.boundary.ScreenerResult;

/**
 * One instrument's totals over time as a Chart.js configuration for {@code <p:chart>}: a line of
 * totals, one point per result, over the instrument's bands shaded from calm to warm (reversed
 * where a higher total is better, as for WHO-5). Strings are escaped as {@link TrendChart} does.
 *
 * <pre>
 * String config = ScoreChart.config(phq9, resultsOfPhq9);
 * </pre>
 */
public final class ScoreChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Band fills from the lowest band up, for instruments where higher is worse. */
    private static final List<String> SHADES = List.of(
            "rgba(43,138,62,0.13)",
            "rgba(148,180,60,0.15)",
            "rgba(214,158,46,0.16)",
            "rgba(221,107,32,0.17)",
            "rgba(180,35,24,0.17)");

    private ScoreChart() {}

    /** One questionnaire's chart: its code, short title and Chart.js configuration. */
    public record Chart(String code, String title, String config) implements Serializable {}

    /** A chart for each instrument that has results, in the instruments' order. */
    public static List<Chart> perInstrument(List<InstrumentDefinition> instruments, List<ScreenerResult> results) {
        List<Chart> charts = new ArrayList<>();
        for (InstrumentDefinition instrument : instruments) {
            List<ScreenerResult> of = results.stream()
                    .filter(r -> r.instrument().equals(instrument.code()))
                    .toList();
            if (!of.isEmpty()) {
                charts.add(new Chart(instrument.code(), instrument.shortTitle(), config(instrument, of)));
            }
        }
        return List.copyOf(charts);
    }

    /** The chart of {@code results} (one instrument's, oldest first) on {@code instrument}'s scale. */
    public static String config(InstrumentDefinition instrument, List<ScreenerResult> results) {
        List<String> labels = results.stream()
                .map(r -> TrendChart.string(LABEL.format(r.administeredOn())))
                .toList();
        List<String> datasets = new ArrayList<>();
        datasets.add("{\"label\":" + TrendChart.string(instrument.shortTitle() + " total")
                + ",\"data\":"
                + join(results.stream().map(r -> Integer.toString(r.total())).toList())
                + ",\"borderColor\":\"#25476a\",\"backgroundColor\":\"#25476a\",\"pointRadius\":4,"
                + "\"tension\":0,\"fill\":false,\"order\":0}");
        List<Band> bands = instrument.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double top = i == bands.size() - 1 ? band.max() : band.max() + 0.5;
            int shade = shade(i, bands.size(), instrument.higherIsWorse());
            List<String> values =
                    results.stream().map(r -> Double.toString(top)).toList();
            datasets.add("{\"label\":" + TrendChart.string(band.label() + " (" + band.min() + "–" + band.max() + ")")
                    + ",\"data\":" + join(values) + ",\"borderWidth\":0,\"pointRadius\":0,\"pointHitRadius\":0,"
                    + "\"backgroundColor\":" + TrendChart.string(SHADES.get(shade))
                    + ",\"fill\":" + (i == 0 ? "\"origin\"" : "\"-1\"") + ",\"order\":1}");
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":" + join(labels) + ",\"datasets\":" + join(datasets) + "},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"min\":" + instrument.min() + ",\"max\":" + instrument.max() + "}},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
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
