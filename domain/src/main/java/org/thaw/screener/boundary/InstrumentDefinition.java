package org.thaw.screener.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.thaw.screener.control.Instrument;

/**
 * One version of a screener as callers read it: what the questionnaire page asks, what the charts
 * shade, and what {@code GET /portal/api/instruments/{code}} answers. The component names are the
 * REST field names; {@code InstrumentDefinitionTest} pins them and their values against the
 * definition files, so a later field is an addition, never a rename.
 *
 * <p>Bands carry the patient's label only: the clinician's label is on each result the care team
 * reads ({@link ScreenerResult#bandClinicianLabel()}), never in a definition served to patients.
 * {@code min} and {@code max} (the lowest and highest total, after the multiplier) are for charts
 * and are not written into JSON.
 */
public record InstrumentDefinition(
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
        List<Item> items,
        @JsonbTransient int min,
        @JsonbTransient int max)
        implements Serializable {

    /** A named range of the final total, both ends included, with the label the patient reads. */
    public record Band(String code, String label, int min, int max) implements Serializable {}

    /** One question; {@code enableWhen} is null for a question that is always asked. */
    public record Item(
            String linkId,
            String text,
            String code,
            ItemType type,
            boolean scored,
            boolean required,
            List<Option> options,
            EnableWhen enableWhen)
            implements Serializable {

        public Item {
            options = List.copyOf(options);
        }
    }

    /** One answer a question offers: a score (CHOICE) or a code (CODE, CODES), and its text. */
    public record Option(Integer score, String code, String text) implements Serializable {}

    public InstrumentDefinition {
        bands = List.copyOf(bands);
        safetyItems = List.copyOf(safetyItems);
        items = List.copyOf(items);
    }

    /** The definition of one version, as the catalogue read it. */
    public static InstrumentDefinition of(Instrument i) {
        return new InstrumentDefinition(
                i.code(),
                i.version(),
                i.title(),
                i.shortTitle(),
                i.validated(),
                i.disclaimer(),
                i.period(),
                i.stem(),
                i.notice(),
                i.loinc(),
                i.totalLoinc(),
                i.multiplier(),
                i.bands().stream()
                        .map(b -> new Band(b.code(), b.label(), b.min(), b.max()))
                        .toList(),
                i.changeThreshold(),
                i.higherIsWorse(),
                i.safetyItems(),
                i.items().stream()
                        .map(item -> new Item(
                                item.linkId(),
                                item.text(),
                                item.code(),
                                item.type(),
                                item.scored(),
                                item.required(),
                                item.options().stream()
                                        .map(o -> new Option(o.score(), o.code(), o.text()))
                                        .toList(),
                                item.enableWhen()))
                        .toList(),
                i.min(),
                i.max());
    }

    /** The 1-based number of the question with this linkId, as the patient sees it; 0 when there is none. */
    public int position(String linkId) {
        for (int n = 0; n < items.size(); n++) {
            if (items.get(n).linkId().equals(linkId)) {
                return n + 1;
            }
        }
        return 0;
    }

    /** The patient's label of a band code, if the instrument has that band. */
    public Optional<String> bandLabel(String bandCode) {
        return bands.stream()
                .filter(b -> b.code().equals(bandCode))
                .map(Band::label)
                .findFirst();
    }
}
