package org.thaw.integration.fhir;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A span of days, both ends included: what a resource is about, or what a date parameter asks for. */
record DateRange(LocalDate from, LocalDate to) {

    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    boolean overlaps(DateRange other) {
        return !to.isBefore(other.from) && !from.isAfter(other.to);
    }

    /**
     * A parameter's value without its prefix: {@code 2026}, {@code 2026-11}, {@code 2026-11-03}, or
     * a dateTime with its offset ({@code 2026-11-03T10:00:00Z}, taken as its UTC day); anything else
     * is refused, naming the parameter.
     */
    static DateRange parse(String name, String value) {
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return new DateRange(month.atDay(1), month.atEndOfMonth());
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
                return day(OffsetDateTime.parse(value)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDate());
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw FhirRequestException.badParameter(
                name + " must be a date (yyyy, yyyy-mm, yyyy-mm-dd or a dateTime with its offset),"
                        + " optionally after a prefix eq, ne, ge, gt, le or lt");
    }

    /** True when this resource's span meets the condition {@code prefix} {@code asked}. */
    boolean matches(String prefix, DateRange asked) {
        return switch (prefix) {
            case "eq" -> overlaps(asked);
            case "ne" -> !overlaps(asked);
            case "ge" -> !to.isBefore(asked.from);
            case "gt" -> to.isAfter(asked.to);
            case "le" -> !from.isAfter(asked.to);
            case "lt" -> from.isBefore(asked.from);
            default -> throw new IllegalArgumentException(prefix);
        };
    }
}
