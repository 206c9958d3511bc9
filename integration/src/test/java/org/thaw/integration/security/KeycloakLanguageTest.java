package org.thaw.integration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What Thaw sends back to Keycloak's account API: the account as it was, with the language changed. */
class KeycloakLanguageTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void setsTheLocaleAndKeepsTheRestOfTheAccount() {
        JsonObject account = json("{\"id\":\"u1\",\"username\":\"devon\",\"email\":\"devon@thaw.example\","
                + "\"firstName\":\"Devon\",\"lastName\":\"Demo\",\"emailVerified\":true,"
                + "\"attributes\":{\"locale\":[\"en\"],\"phone\":[\"1\"]},"
                + "\"userProfileMetadata\":{\"attributes\":[]}}");
        JsonObject sent = KeycloakLanguage.withLocale(account, "es");
        assertEquals(json("{\"locale\":[\"es\"],\"phone\":[\"1\"]}"), sent.getJsonObject("attributes"));
        assertEquals("devon", sent.getString("username"));
        assertEquals("Devon", sent.getString("firstName"));
        assertEquals(true, sent.getBoolean("emailVerified"));
        assertFalse(sent.containsKey("userProfileMetadata"), "Keycloak's description of the form is not sent back");
    }

    @Test
    void anAccountWithoutAttributesGetsTheLocaleOnly() {
        JsonObject sent = KeycloakLanguage.withLocale(json("{\"username\":\"kim\"}"), "en");
        assertEquals(json("{\"locale\":[\"en\"]}"), sent.getJsonObject("attributes"));
    }
}
