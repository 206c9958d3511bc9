package org.thaw.screener.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.ItemType;

/**
 * One version of a screener, as its definition file describes it (see {@link
 * InstrumentCatalogue}). Immutable, and consistent by construction: the constructor refuses a
 * definition whose bands leave a gap, whose questions repeat a linkId, whose safety item is not a
 * CHOICE, or whose enableWhen points forward, so {@link Scoring} can trust what it reads.
 *
 * <p>Totals are the sum of the scored answers times {@code multiplier} (WHO-5: 4, raw 0–25 read as
 * 0–100 %); bands, {@code changeThreshold} (the minimal clinically important difference) and
 * {@link #min()}/{@link #max()} are all on that final scale. {@code changeThreshold} is null where
 * no meaningful-change figure is known (Thaw's own numbness check). A {@code validated} instrument
 * has been validated in published studies; one that is not must carry a {@code disclaimer} for the
 * patient. {@code notice} is the copyright notice to show with the items, where one is required.
 */
public record Instrument(
        String code,
        String version,
        String title,
        String shortTitle,
        boolean validated,
        String disclaimer,
        String period,
        String stem,
        String notice,
        String loinc,
        String totalLoinc,
        int multiplier,
        List<Band> bands,
        Integer changeThreshold,
        boolean higherIsWorse,
        List<String> safetyItems,
        List<Item> items) {

    /** Versions are whole numbers, so "the latest" has one meaning. */
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,5}");

    public Instrument {
        bands = bands == null ? List.of() : List.copyOf(bands);
        safetyItems = safetyItems == null ? List.of() : List.copyOf(safetyItems);
        items = items == null ? List.of() : List.copyOf(items);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("the instrument has no code");
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("the version '" + version + "' is not a whole number from 1");
        }
        requireText(title, "title");
        requireText(shortTitle, "shortTitle");
        requireText(stem, "stem");
        if (!validated && (disclaimer == null || disclaimer.isBlank())) {
            throw new IllegalArgumentException("an instrument that is not validated must say so in a disclaimer");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("the multiplier must be 1 or more");
        }
        if (changeThreshold != null && changeThreshold < 1) {
            throw new IllegalArgumentException("the changeThreshold must be 1 or more");
        }
        checkItems(items);
        checkSafetyItems(safetyItems, items);
        checkBands(bands, multiplier * sum(items, false), multiplier * sum(items, true));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the instrument has no " + name);
        }
    }

    private static void checkItems(List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the instrument has no items");
        }
        Map<String, Item> earlier = new HashMap<>();
        for (Item item : items) {
            if (item.scored() && (!item.required() || item.enableWhen() != null)) {
                throw new IllegalArgumentException("item " + item.linkId()
                        + " is scored, so it must be required and always asked: a total needs every scored answer");
            }
            EnableWhen when = item.enableWhen();
            if (when != null) {
                Item target = earlier.get(when.linkId());
                if (target == null) {
                    throw new IllegalArgumentException("item " + item.linkId() + " is enabled by " + when.linkId()
                            + ", which is not an earlier item");
                }
                if (target.type() == ItemType.DATE || target.option(when.answer()) == null) {
                    throw new IllegalArgumentException("item " + item.linkId() + " is enabled by the answer '"
                            + when.answer() + "', which " + when.linkId() + " does not offer");
                }
            }
            if (earlier.put(item.linkId(), item) != null) {
                throw new IllegalArgumentException("the linkId " + item.linkId() + " appears twice");
            }
        }
    }

    private static void checkSafetyItems(List<String> safetyItems, List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (String linkId : safetyItems) {
            Item item = items.stream()
                    .filter(i -> i.linkId().equals(linkId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the safety item " + linkId + " is not an item"));
            if (item.type() != ItemType.CHOICE) {
                throw new IllegalArgumentException("the safety item " + linkId + " is not a CHOICE");
            }
            if (!seen.add(linkId)) {
                throw new IllegalArgumentException("the safety item " + linkId + " is listed twice");
            }
        }
    }

    private static void checkBands(List<Band> bands, int min, int max) {
        if (bands.isEmpty()) {
            return;
        }
        Set<String> codes = new HashSet<>();
        int next = min;
        for (Band band : bands) {
            if (band.min() != next) {
                throw new IllegalArgumentException("band " + band.code() + " starts at " + band.min() + ", not at "
                        + next + ": bands must cover " + min + "–" + max + " in order, without gaps or overlaps");
            }
            if (!codes.add(band.code())) {
                throw new IllegalArgumentException("the band " + band.code() + " appears twice");
            }
            next = band.max() + 1;
        }
        if (next - 1 != max) {
            throw new IllegalArgumentException("the bands end at " + (next - 1) + ", not at the highest total " + max);
        }
    }

    private static int sum(List<Item> items, boolean highest) {
        return items.stream()
                .filter(Item::scored)
                .mapToInt(item -> {
                    List<Integer> scores = item.scores();
                    return highest ? scores.get(scores.size() - 1) : scores.get(0);
                })
                .sum();
    }

    /** The lowest total the instrument can give, after the multiplier. */
    public int min() {
        return multiplier * sum(items, false);
    }

    /** The highest total the instrument can give, after the multiplier (PHQ-9 27, WHO-5 100). */
    public int max() {
        return multiplier * sum(items, true);
    }

    /** The question with this linkId. */
    public Optional<Item> item(String linkId) {
        return items.stream().filter(item -> item.linkId().equals(linkId)).findFirst();
    }

    /** The 1-based number of the question with this linkId, as the patient sees it; 0 when there is none. */
    public int position(String linkId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).linkId().equals(linkId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The band a final total falls in; null when the instrument has no bands.
     *
     * @throws IllegalArgumentException when the total is outside {@link #min()}–{@link #max()}: no
     *     answers can give it, so it is a caller's mistake, not a result
     */
    public Band band(int total) {
        if (bands.isEmpty()) {
            return null;
        }
        return bands.stream()
                .filter(band -> band.contains(total))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        code + " totals run from " + min() + " to " + max() + "; " + total + " is outside"));
    }
}
