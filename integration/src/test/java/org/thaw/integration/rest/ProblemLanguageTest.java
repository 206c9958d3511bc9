package org.thaw.integration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A problem read in Spanish keeps every machine-readable part; an English reader gets it as built. */
class ProblemLanguageTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** A problem as {@link Problems} builds it (its builder needs a JAX-RS runtime; this test has none). */
    private static JsonObject problem(int status, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (errors != null) {
            body.add("errors", errors);
        }
        return body.build();
    }

    private static JsonObjectBuilder error(String field, String message) {
        return Json.createObjectBuilder().add("field", field).add("message", message);
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aRefusedFieldIsWordedInSpanishWithItsStatusTypeAndFieldKept() {
        String built = problem(
                        400,
                        "Bad Request",
                        "The request has invalid fields.",
                        Json.createArrayBuilder()
                                .add(error(
                                        "numbness",
                                        "must be a whole number from 0 to 10, written without a fraction or exponent"))
                                .add(error("note", "must not contain the character U+0000")))
                .toString();
        JsonObject spanish = read(ProblemLanguage.in(SPANISH, built));
        assertEquals("about:blank", spanish.getString("type"));
        assertEquals(400, spanish.getInt("status"));
        assertEquals("Solicitud incorrecta", spanish.getString("title"));
        assertEquals("La solicitud contiene campos no válidos.", spanish.getString("detail"));
        JsonObject first = spanish.getJsonArray("errors").getJsonObject(0);
        assertEquals("numbness", first.getString("field"));
        assertEquals(
                "debe ser un número entero de 0 a 10, escrito sin decimales ni exponente", first.getString("message"));
        assertEquals(
                "no puede contener el carácter U+0000",
                spanish.getJsonArray("errors").getJsonObject(1).getString("message"));

        assertEquals(built, ProblemLanguage.in(Locale.ENGLISH, built));
    }

    @Test
    void everyDetailTheMappersWriteHasItsSpanish() {
        for (String detail : List.of(
                "No such record.",
                "No such resource.",
                "This endpoint is not available to your account.",
                "A valid bearer token is required.",
                "A bearer token is required.",
                "The access token is not valid.",
                "The request conflicts with a record that stays as it is.",
                "The request body is not valid JSON of the expected shape.",
                "Accounts cannot be created or changed right now: the sign-in service is unavailable."
                        + " Nothing was created; please try again later.",
                "The service is unavailable for a moment and could not confirm that this was saved."
                        + " Please send it again shortly with the same idempotency key.",
                "The service is unavailable for a moment. Nothing was saved; please try again shortly.",
                "Something went wrong on our side. Please try again.")) {
            String spanish = read(ProblemLanguage.in(
                            SPANISH, problem(404, "Not Found", detail, null).toString()))
                    .getString("detail");
            assertEquals(false, spanish.equals(detail), "no Spanish for: " + detail);
        }
    }

    /** The crisis resources of a safety answer are the practice's own words: never reworded, never dropped. */
    @Test
    void aSafetyAnswersCrisisResourcesStayExactlyAsBuilt() {
        JsonObject members = Json.createObjectBuilder()
                .add("safetyPositive", true)
                .add("safetyAnswerRecorded", false)
                .add(
                        "crisisResources",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "Crisis line")
                                        .add("text", "Call 988 now."))
                                .add("No such record."))
                .build();
        JsonObjectBuilder problem = Json.createObjectBuilder(problem(
                400,
                "Bad Request",
                "The request has invalid fields.",
                Json.createArrayBuilder().add(error("answers.phq9-9", "must be between 0 and 3"))));
        members.forEach(problem::add);
        JsonObject spanish = read(ProblemLanguage.in(SPANISH, problem.build().toString()));
        assertEquals(true, spanish.getBoolean("safetyPositive"));
        assertEquals(false, spanish.getBoolean("safetyAnswerRecorded"));
        assertEquals(members.get("crisisResources"), spanish.get("crisisResources"));
        assertEquals(
                "debe estar entre 0 y 3",
                spanish.getJsonArray("errors").getJsonObject(0).getString("message"));
    }
}
