package org.thaw.medication.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.thaw.medication.boundary.DoseUnit;

/** Stores a unit as its code ({@code mg}), the form the REST API and the database's check use. */
@Converter(autoApply = true)
public class DoseUnitColumn implements AttributeConverter<DoseUnit, String> {

    @Override
    public String convertToDatabaseColumn(DoseUnit unit) {
        return unit == null ? null : unit.code();
    }

    @Override
    public DoseUnit convertToEntityAttribute(String code) {
        return code == null
                ? null
                : DoseUnit.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown unit " + code));
    }
}
