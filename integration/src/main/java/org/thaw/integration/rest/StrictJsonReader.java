package org.thaw.integration.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.thaw.security.boundary.InvalidInputException;

/**
 * Reads every JSON request body whose type is one of Thaw's own (the resources' request classes)
 * through {@link StrictJson}, ahead of the container's JSON-B, which coerces (4294967301 → 5, "yes"
 * → false) and ignores what follows the object. Registered by both APIs ({@link RestApi}), so no
 * endpoint can bind a body any other way. An empty body is an empty object: the resource's own
 * checks then name the required field.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** Far above any request Thaw takes (a message body is at most 10,000 characters). */
    static final int MAX_BYTES = 256 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.thaw.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] bytes = entityStream.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(StrictJson.BODY, "is too large (at most " + MAX_BYTES / 1024 + " KiB)");
        }
        if (bytes.length == 0) {
            return StrictJson.bind(type, JsonValue.EMPTY_JSON_OBJECT);
        }
        return StrictJson.bind(type, bytes);
    }
}
