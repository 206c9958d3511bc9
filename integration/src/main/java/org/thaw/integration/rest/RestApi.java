package org.thaw.integration.rest;

import java.util.HashSet;
import java.util.Set;
import org.thaw.integration.health.RestStarted;

/** What every Thaw REST application registers besides its resources: the strict body interceptor, the problem mappers, the problems' language and the readiness signal. */
public final class RestApi {

    private RestApi() {}

    public static Set<Class<?>> providers() {
        Set<Class<?>> providers = new HashSet<>(ProblemMappers.all());
        providers.add(StrictJsonInterceptor.class);
        providers.add(ProblemLanguage.class);
        providers.add(RestStarted.class);
        return providers;
    }
}
