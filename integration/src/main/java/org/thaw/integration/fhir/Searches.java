package org.thaw.integration.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search parameters over one type's resources, and paging into searchset Bundles. Parameters are
 * read strictly: one that the type does not support, or a value that does not parse, is a 400
 * naming it. Several values of one parameter must all hold; a comma in a value means "any of".
 */
public final class Searches {

    public static final int DEFAULT_COUNT = 50;
    public static final int MAX_COUNT = 200;

    /** Parameters every search and {@code $everything} take. */
    public static final Set<String> COMMON = Set.of("_count", "_offset", "_format", "_pretty", "_lastUpdated", "_id");

    /** The search parameters of each type (besides {@link #COMMON}), with what each one means. */
    public static final Map<String, Map<String, String>> PARAMETERS = parameters();

    private Searches() {}

    private static Map<String, Map<String, String>> parameters() {
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        String patient = "The patient: an id or Patient/id (required, except for Patient and Questionnaire)";
        p.put(
                "Patient",
                Map.of(
                        "identifier", "Thaw's patient id, as urn:thaw:patient-id|<id> or the id alone",
                        "name", "Starts a given or family name (any case)"));
        p.put("Questionnaire", Map.of("url", "The canonical URL, with or without |version"));
        p.put(
                "QuestionnaireResponse",
                Map.of(
                        "patient", patient,
                        "date", "When it was answered (authored); ge, gt, le, lt, eq, ne prefixes",
                        "authored", "Same as date",
                        "questionnaire",
                                "The questionnaire: its canonical URL (|version optional) or Questionnaire/id"));
        p.put(
                "Observation",
                Map.of(
                        "patient", patient,
                        "date", "The day observed; ge, gt, le, lt, eq, ne prefixes",
                        "code", "system|code or code (a total's LOINC code, urn:thaw:code|journal-numbness)",
                        "category", "system|code or code (survey)"));
        p.put(
                "Flag",
                Map.of("patient", patient, "date", "The flag's period meets the day; prefixes as for Observation"));
        p.put(
                "MedicationStatement",
                Map.of(
                        "patient", patient,
                        "date", "The course's period meets the day; prefixes as for Observation",
                        "effective", "Same as date"));
        p.put("CarePlan", Map.of("patient", patient, "date", "The plan's period meets the day"));
        p.put("Goal", Map.of("patient", patient));
        p.put(
                "Communication",
                Map.of(
                        "patient",
                        patient,
                        "date",
                        "When it was sent; prefixes as for Observation",
                        "sent",
                        "Same as date"));
        return Map.copyOf(p);
    }

    /** True for the types this API serves. */
    public static boolean supports(String type) {
        return PARAMETERS.containsKey(type);
    }

    /** Refuses a parameter the type does not take, naming it and what is allowed. */
    public static void requireKnown(String type, Map<String, List<String>> params) {
        Map<String, String> own = PARAMETERS.get(type);
        for (String name : params.keySet()) {
            String bare = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            if (!COMMON.contains(bare) && !own.containsKey(bare)) {
                List<String> allowed = new ArrayList<>(own.keySet());
                allowed.addAll(COMMON);
                allowed.sort(null);
                throw FhirRequestException.badParameter(
                        type + " has no search parameter '" + name + "'; allowed are " + String.join(", ", allowed));
            }
            if (name.contains(":")) {
                throw FhirRequestException.badParameter("modifiers are not supported ('" + name + "')");
            }
        }
    }

    /** The resources of {@code type} among {@code all} that match every parameter. */
    public static List<Resource> filter(String type, List<? extends Resource> all, Map<String, List<String>> params) {
        requireKnown(type, params);
        List<Resource> out = new ArrayList<>();
        for (Resource r : all) {
            if (r.fhirType().equals(type) && matches(r, params)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean matches(Resource r, Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String value : e.getValue()) {
                if (!matches(r, e.getKey(), value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matches(Resource r, String name, String value) {
        switch (name) {
            case "_count", "_offset", "_format", "_pretty", "patient" -> {
                return true;
            }
            default -> {
                // below
            }
        }
        for (String one : value.split(",", -1)) {
            if (matchesOne(r, name, one.trim())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(Resource r, String name, String value) {
        return switch (name) {
            case "_id" -> r.getIdElement().getIdPart().equals(value);
            case "_lastUpdated" ->
                r.getMeta().getLastUpdated() != null
                        && dateMatches(
                                name, value, DateRange.day(utcDay(r.getMeta().getLastUpdated())));
            case "date", "authored", "effective", "sent" -> {
                DateRange span = span(r);
                yield span != null && dateMatches(name, value, span);
            }
            case "identifier" -> identifier((Patient) r, value);
            case "name" -> name((Patient) r, value);
            case "url" -> r instanceof Questionnaire q && canonicalMatches(q.getUrl() + "|" + q.getVersion(), value);
            case "questionnaire" -> questionnaire((QuestionnaireResponse) r, value);
            case "code" -> token(((Observation) r).getCode(), value);
            case "category" -> ((Observation) r).getCategory().stream().anyMatch(c -> token(c, value));
            default -> throw FhirRequestException.badParameter("unsupported parameter '" + name + "'");
        };
    }

    private static boolean dateMatches(String name, String value, DateRange span) {
        String prefix = "eq";
        String date = value;
        if (value.length() > 2 && Character.isLetter(value.charAt(0))) {
            prefix = value.substring(0, 2);
            date = value.substring(2);
            if (!Set.of("eq", "ne", "ge", "gt", "le", "lt").contains(prefix)) {
                throw FhirRequestException.badParameter(
                        name + " takes the prefixes eq, ne, ge, gt, le and lt only, not '" + prefix + "'");
            }
        }
        return span.matches(prefix, DateRange.parse(name, date));
    }

    /** The days a resource is about, for {@code date}: null when it has none (a Goal, a Patient). */
    static DateRange span(Resource r) {
        if (r instanceof QuestionnaireResponse qr) {
            return DateRange.day(utcDay(qr.getAuthored()));
        }
        if (r instanceof Observation o && o.hasEffectiveDateTimeType()) {
            return DateRange.day(day(o.getEffectiveDateTimeType()));
        }
        if (r instanceof Flag f) {
            return period(f.getPeriod());
        }
        if (r instanceof MedicationStatement m && m.hasEffectivePeriod()) {
            return period(m.getEffectivePeriod());
        }
        if (r instanceof CarePlan c) {
            return period(c.getPeriod());
        }
        if (r instanceof Communication c && c.hasSent()) {
            return DateRange.day(utcDay(c.getSent()));
        }
        return null;
    }

    private static DateRange period(Period p) {
        LocalDate from = day(p.getStartElement());
        LocalDate to = p.hasEnd() ? day(p.getEndElement()) : DateRange.OPEN_END;
        return new DateRange(from, to);
    }

    /** A date or dateTime's day: as written for a date, the UTC day for a moment. */
    private static LocalDate day(BaseDateTimeType t) {
        String text = t.getValueAsString();
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        return utcDay(t.getValue());
    }

    private static LocalDate utcDay(Date at) {
        return at.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean identifier(Patient p, String value) {
        String system = null;
        String code = value;
        int bar = value.indexOf('|');
        if (bar >= 0) {
            system = value.substring(0, bar);
            code = value.substring(bar + 1);
        }
        for (Identifier id : p.getIdentifier()) {
            boolean systemOk = system == null || system.equals(id.getSystem());
            boolean codeOk = code.isEmpty() && bar >= 0 || code.equals(id.getValue());
            if (systemOk && codeOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean name(Patient p, String value) {
        String asked = value.toLowerCase(Locale.ROOT);
        for (HumanName n : p.getName()) {
            List<String> parts = new ArrayList<>();
            if (n.hasFamily()) {
                parts.add(n.getFamily());
            }
            n.getGiven().forEach(g -> parts.add(g.getValue()));
            if (parts.stream().anyMatch(part -> part.toLowerCase(Locale.ROOT).startsWith(asked))) {
                return true;
            }
        }
        return false;
    }

    private static boolean questionnaire(QuestionnaireResponse qr, String value) {
        String canonical = qr.getQuestionnaire();
        if (value.startsWith("Questionnaire/")) {
            String id = value.substring("Questionnaire/".length());
            int bar = canonical.indexOf('|');
            String url = bar < 0 ? canonical : canonical.substring(0, bar);
            String version = bar < 0 ? "" : canonical.substring(bar + 1);
            return id.equals(url.substring(Fhir.QUESTIONNAIRE_PREFIX.length()) + "-v" + version);
        }
        return canonicalMatches(canonical, value);
    }

    private static boolean canonicalMatches(String canonical, String value) {
        return value.contains("|") ? canonical.equals(value) : canonical.startsWith(value + "|");
    }

    private static boolean token(CodeableConcept concept, String value) {
        int bar = value.indexOf('|');
        String system = bar < 0 ? null : value.substring(0, bar);
        String code = bar < 0 ? value : value.substring(bar + 1);
        for (Coding c : concept.getCoding()) {
            if ((system == null || system.equals(c.getSystem())) && code.equals(c.getCode())) {
                return true;
            }
        }
        return false;
    }

    /** {@code _count}: 0 to {@value #MAX_COUNT}, {@value #DEFAULT_COUNT} when not given. */
    public static int count(Map<String, List<String>> params) {
        return integer(params, "_count", DEFAULT_COUNT, 0, MAX_COUNT);
    }

    /** {@code _offset}: where the page starts, 0 when not given. */
    public static int offset(Map<String, List<String>> params) {
        return integer(params, "_offset", 0, 0, Integer.MAX_VALUE);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback, int min, int max) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1 || !values.get(0).matches("\\d{1,9}")) {
            throw FhirRequestException.badParameter(name + " must be one whole number from " + min + " to " + max);
        }
        int n = Integer.parseInt(values.get(0));
        if (n < min || n > max) {
            throw FhirRequestException.badParameter(name + " must be one whole number from " + min + " to " + max);
        }
        return n;
    }

    /**
     * One page of a searchset: {@code total}, a {@code self} link, a {@code next} link while more
     * follow (the same query with {@code _offset} moved on) and a {@code previous} one after the
     * first page; entries carry their full URL under {@code base}. {@code included} resources (a
     * response's questionnaires) follow the matches with search mode include, on the first page.
     */
    public static Bundle page(
            String base,
            String path,
            Map<String, List<String>> params,
            List<Resource> matches,
            List<? extends Resource> included) {
        int count = count(params);
        int offset = offset(params);
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(matches.size());
        bundle.addLink().setRelation("self").setUrl(link(base, path, params, offset));
        if (offset + count < matches.size() && count > 0) {
            bundle.addLink().setRelation("next").setUrl(link(base, path, params, offset + count));
        }
        if (offset > 0 && count > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(base, path, params, Math.max(0, offset - count)));
        }
        int end = (int) Math.min((long) offset + count, matches.size());
        for (int i = offset; i < end; i++) {
            entry(bundle, base, matches.get(i), Bundle.SearchEntryMode.MATCH);
        }
        if (offset == 0) {
            included.forEach(r -> entry(bundle, base, r, Bundle.SearchEntryMode.INCLUDE));
        }
        return bundle;
    }

    private static void entry(Bundle bundle, String base, Resource r, Bundle.SearchEntryMode mode) {
        bundle.addEntry()
                .setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
                .setResource(r)
                .getSearch()
                .setMode(mode);
    }

    static String link(String base, String path, Map<String, List<String>> params, int offset) {
        StringBuilder sb = new StringBuilder(base).append('/').append(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals("_offset")) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        if (offset > 0) {
            sb.append(sep).append("_offset=").append(offset);
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
