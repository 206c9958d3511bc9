package org.thaw.integration.rest;

import jakarta.json.JsonValue;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.thaw.platform.InvalidInputException;

/**
 * Reads every request body whose type is one of Thaw's own (the resources' request classes)
 * through {@link StrictJson}, instead of the container's JSON-B, which coerces (4294967301 → 5,
 * "yes" → false) and ignores what follows the object. A reader interceptor rather than a message
 * body reader: it runs whichever reader the container picks, so the choice between two readers of
 * the same type and media type (which the container makes in no fixed order) cannot undo it.
 * Registered by both APIs ({@link RestApi}), so no endpoint can bind a body any other way. An
 * empty body is an empty object: the resource's own checks then name the required field.
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

    /** Far above any request Thaw takes (a message body is at most 10,000 characters). */
    static final int MAX_BYTES = 256 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().getName().startsWith("org.thaw.")) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(StrictJson.BODY, "is too large (at most " + MAX_BYTES / 1024 + " KiB)");
        }
        if (bytes.length == 0) {
            return StrictJson.bind(context.getType(), JsonValue.EMPTY_JSON_OBJECT);
        }
        return StrictJson.bind(context.getType(), bytes);
    }
}
