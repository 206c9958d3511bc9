package org.thaw.integration.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.thaw.integration.view.Languages;
import org.thaw.integration.view.RefusalWords;

/**
 * A problem in the caller's language: the first language of the request's {@code Accept-Language}
 * that Thaw speaks ({@link Languages}), else English. The problem's {@code title} and
 * {@code detail} and each field error's {@code message} are read through {@link RefusalWords}, the
 * words the pages use for the same refusals; the machine-readable members (status, {@code type},
 * field names) and any extension member (the crisis resources of a safety answer) are never
 * touched. Every problem answers with {@code Content-Language} and {@code Vary: Accept-Language}.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    /** The members a reader reads; the rest is for programs and stays as it was built. */
    private static final Set<String> WORDED = Set.of("title", "detail");

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null
                || !Problems.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype())
                || !(response.getEntity() instanceof String problem)) {
            return;
        }
        Locale language = Languages.pick(
                Optional.empty(), request.getAcceptableLanguages().iterator());
        response.setEntity(in(language, problem), response.getEntityAnnotations(), type);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The problem body {@code problem} with its words in {@code language}; a body that is not a JSON object stays as it is. */
    public static String in(Locale language, String problem) {
        if ("en".equals(language.getLanguage())) {
            return problem;
        }
        JsonObject body;
        try (JsonReader reader = JSON.createReader(new StringReader(problem))) {
            body = reader.readObject();
        } catch (JsonException notAnObject) {
            return problem;
        }
        JsonObjectBuilder worded = JSON.createObjectBuilder();
        body.forEach((name, value) -> {
            if (WORDED.contains(name) && value instanceof JsonString text) {
                worded.add(name, RefusalWords.in(language, text.getString()));
            } else if ("errors".equals(name) && value instanceof JsonArray errors) {
                worded.add(name, errors(language, errors));
            } else {
                worded.add(name, value);
            }
        });
        return worded.build().toString();
    }

    private static JsonArrayBuilder errors(Locale language, JsonArray errors) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (JsonValue error : errors) {
            if (error instanceof JsonObject fieldError && fieldError.get("message") instanceof JsonString message) {
                list.add(JSON.createObjectBuilder(fieldError)
                        .add("message", RefusalWords.in(language, message.getString())));
            } else {
                list.add(error);
            }
        }
        return list;
    }
}
