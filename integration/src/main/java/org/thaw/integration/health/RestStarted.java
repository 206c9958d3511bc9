package org.thaw.integration.health;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Registered with each war's REST application: the REST runtime configures it while it builds
 * the application, so once it ran, the war's {@code /api} answers. One flag per war (each war
 * loads its own copy of this class); the war then enters {@link DeployedWars}, where the other
 * wars of the instance see it.
 */
public final class RestStarted implements Feature {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public boolean configure(FeatureContext context) {
        STARTED.set(true);
        DeployedWars.restStarted();
        return true;
    }

    static boolean started() {
        return STARTED.get();
    }
}
