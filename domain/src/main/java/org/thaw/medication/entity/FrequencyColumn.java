package org.thaw.medication.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.thaw.medication.boundary.Frequency;

/** Stores a frequency as its code ({@code twice_daily}), the form the REST API and the database's check use. */
@Converter(autoApply = true)
public class FrequencyColumn implements AttributeConverter<Frequency, String> {

    @Override
    public String convertToDatabaseColumn(Frequency frequency) {
        return frequency == null ? null : frequency.code();
    }

    @Override
    public Frequency convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Frequency.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown frequency " + code));
    }
}
