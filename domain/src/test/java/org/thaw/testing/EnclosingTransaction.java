package org.thaw.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A caller with a transaction of its own around a boundary call, as a later use case that reads
 * a record and then fails would have: deployed with the tests to prove that the audit event of
 * the inner call survives the outer rollback.
 */
@ApplicationScoped
public class EnclosingTransaction {

    /** Thrown after the work has run, so the enclosing transaction rolls back. */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed() {
            super("the enclosing work failed after the audited call");
        }
    }

    @Transactional
    public void runThenFail(Runnable work) {
        work.run();
        throw new Failed();
    }
}
