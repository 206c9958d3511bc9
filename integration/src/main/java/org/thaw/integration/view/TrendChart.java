package org.thaw.integration.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thaw.journal.boundary.JournalDay;

/**
 * The journal's trend chart as a Chart.js configuration for {@code <p:chart value="...">}, on a
 * time axis: one point per day of the window for numbness and for the strength of positive and of
 * negative feelings, a gap where a day has no entry or no answer; {@link #summary} says it in words.
 *
 * <p>{@code p:chart} writes the configuration as-is into an inline script, so everything here is
 * built as JSON by hand with every string escaped for that place: quotes and backslashes, control
 * characters, {@code < > & '} (no {@code </script>} can close the script early) and the two line
 * separators JavaScript does not allow in strings.
 *
 * <pre>
 * String config = TrendChart.config(overview.days(), today.minusDays(29), today, locale);
 * </pre>
 */
public final class TrendChart {

    private TrendChart() {}

    /**
     * The configuration for the days {@code from} to {@code to} (inclusive, oldest on the left), on a
     * time axis: a point per day with an entry, a gap in the line where a day has none; the legend
     * in the reader's {@code locale}.
     */
    public static String config(List<JournalDay> days, LocalDate from, LocalDate to, Locale locale) {
        Map<LocalDate, JournalDay> byDate =
                days.stream().collect(Collectors.toMap(JournalDay::date, d -> d, (a, b) -> a));
        List<LocalDate> window = from.datesUntil(to.plusDays(1)).toList();
        return "{\"type\":\"line\",\"data\":{\"datasets\":["
                + dataset(Texts.get(locale, "chart.trend.numbness"), "#25476a", window, byDate, JournalDay::numbness)
                + ","
                + dataset(
                        Texts.get(locale, "chart.trend.positive"),
                        "#2b8a3e",
                        window,
                        byDate,
                        JournalDay::positiveIntensity)
                + ","
                + dataset(
                        Texts.get(locale, "chart.trend.negative"),
                        "#c2410c",
                        window,
                        byDate,
                        JournalDay::negativeIntensity)
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"x\":" + timeAxis(from, to) + ","
                + "\"y\":{\"min\":0,\"max\":10,\"ticks\":{\"stepSize\":2}}},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"},"
                + "\"tooltip\":{\"mode\":\"index\",\"intersect\":false}}}}";
    }

    /**
     * Chart.js's time axis from {@code from} to {@code to} ({@code p:chart} loads moment.js and its
     * adapter): ticks and tooltips in the one date format of the pages ("3 Dec", "3 Dec 2026").
     */
    static String timeAxis(LocalDate from, LocalDate to) {
        return "{\"type\":\"time\",\"min\":" + string(from.toString()) + ",\"max\":" + string(to.toString())
                + ",\"time\":{\"tooltipFormat\":\"D MMM YYYY\",\"minUnit\":\"day\","
                + "\"displayFormats\":{\"day\":\"D MMM\",\"week\":\"D MMM\",\"month\":\"MMM YYYY\"}},"
                + "\"ticks\":{\"maxRotation\":0,\"autoSkip\":true}}";
    }

    /** The pages' date format, "3 Dec 2026". */
    static String date(LocalDate day, Locale locale) {
        return Times.day(day, locale);
    }

    /**
     * The chart in one line of words: "Numbness 8 → 5 from 5 Nov 2026 to 3 Dec 2026 (6 check-ins)",
     * "Numbness 6 on 3 Dec 2026 (one check-in)", or that there was none.
     */
    public static String summary(List<JournalDay> days, LocalDate from, LocalDate to, Locale locale) {
        List<JournalDay> rated = days.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .sorted(Comparator.comparing(JournalDay::date))
                .toList();
        if (rated.isEmpty()) {
            return Texts.get(locale, "chart.trend.none");
        }
        JournalDay first = rated.get(0);
        JournalDay last = rated.get(rated.size() - 1);
        if (rated.size() == 1) {
            return Texts.get(locale, "chart.trend.one", first.numbness(), date(first.date(), locale));
        }
        return Texts.get(
                locale,
                "chart.trend.change",
                first.numbness(),
                last.numbness(),
                date(first.date(), locale),
                date(last.date(), locale),
                rated.size());
    }

    private static String dataset(
            String label,
            String colour,
            List<LocalDate> window,
            Map<LocalDate, JournalDay> byDate,
            Function<JournalDay, Integer> value) {
        return "{\"label\":" + string(label)
                + ",\"data\":"
                + array(window, date -> {
                    JournalDay day = byDate.get(date);
                    Integer v = day == null ? null : value.apply(day);
                    return "{\"x\":" + string(date.toString()) + ",\"y\":" + (v == null ? "null" : v.toString()) + "}";
                })
                + ",\"borderColor\":" + string(colour) + ",\"backgroundColor\":" + string(colour)
                + ",\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2}";
    }

    private static <T> String array(List<T> items, Function<T, String> json) {
        return items.stream().map(json).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string that is also safe inside an HTML script element. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
