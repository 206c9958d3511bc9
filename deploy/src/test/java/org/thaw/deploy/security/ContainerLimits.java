package org.thaw.deploy.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/**
 * What the container answers before any of Thaw's code runs, and cannot be changed from the
 * application: such answers are classified as a container limit with the reason (in the report and
 * in docs/security.md), never counted as passed.
 */
final class ContainerLimits {

    /** Encoded bytes in a URL path that Payara's HTTP layer refuses itself. */
    static final List<String> REFUSED_IN_PATH = List.of("%00", "%ED%A0%80", "%C0%AF");

    static final String MALFORMED_PATH = "Payara's request normalisation refuses a path holding %00, an encoded half"
            + " surrogate or overlong UTF-8 with a bare 400 before any filter, error page or default web module"
            + " runs; nothing is read or stored; see docs/security.md";

    private ContainerLimits() {}

    /** True when the answer is Payara's bare 400 to a path holding bytes it refuses. */
    static boolean malformedPathRefused(String pathAndQuery, HttpResponse<String> answer) {
        int q = pathAndQuery.indexOf('?');
        String path = (q < 0 ? pathAndQuery : pathAndQuery.substring(0, q)).toUpperCase(Locale.ROOT);
        return REFUSED_IN_PATH.stream().anyMatch(path::contains)
                && answer.statusCode() == 400
                && answer.body().isEmpty()
                && answer.headers().firstValue("Content-Type").isEmpty();
    }
}
