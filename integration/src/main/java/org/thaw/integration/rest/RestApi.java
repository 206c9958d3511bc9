package org.thaw.integration.rest;

import java.util.HashSet;
import java.util.Set;

/** What every Thaw REST application registers besides its resources: the strict body interceptor and the problem mappers. */
public final class RestApi {

    private RestApi() {}

    public static Set<Class<?>> providers() {
        Set<Class<?>> providers = new HashSet<>(ProblemMappers.all());
        providers.add(StrictJsonInterceptor.class);
        return providers;
    }
}
