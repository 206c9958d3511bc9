package org.thaw.integration.fhir;

import ca.uhn.fhir.parser.IParser;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** JSON (the default) or XML, chosen by {@code _format} first, else by the {@code Accept} header. */
public enum FhirFormat {
    JSON("application/fhir+json;charset=UTF-8"),
    XML("application/fhir+xml;charset=UTF-8");

    private final String contentType;

    FhirFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The format asked for: {@code _format} ({@code json}, {@code xml} or a FHIR, JSON or XML media
     * type), else XML when {@code Accept} names XML and no JSON, else JSON. An unknown
     * {@code _format} is refused, naming it.
     */
    public static FhirFormat choose(String formatParameter, String accept) {
        if (formatParameter != null) {
            String f = formatParameter.trim().toLowerCase(Locale.ROOT);
            int semicolon = f.indexOf(';');
            if (semicolon >= 0) {
                f = f.substring(0, semicolon).trim();
            }
            switch (f) {
                case "json", "application/json", "application/fhir+json" -> {
                    return JSON;
                }
                case "xml", "text/xml", "application/xml", "application/fhir+xml" -> {
                    return XML;
                }
                default ->
                    throw FhirRequestException.badParameter(
                            "_format must be json, xml, application/fhir+json or application/fhir+xml");
            }
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("xml") && !a.contains("json") ? XML : JSON;
    }

    /** The resource in this format, pretty-printed when asked ({@code _pretty=true}). */
    public String encode(IBaseResource resource, boolean pretty) {
        IParser parser =
                this == XML ? Fhir.context().newXmlParser() : Fhir.context().newJsonParser();
        return parser.setPrettyPrint(pretty).encodeResourceToString(resource);
    }
}
