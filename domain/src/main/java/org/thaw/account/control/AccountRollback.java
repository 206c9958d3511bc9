package org.thaw.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.account.boundary.Accounts;

/**
 * Makes an account created in the identity server part of the database transaction that records
 * it: if that transaction does not commit (a refused row, a failed e-mail, anything), the account is
 * deleted again, so no account is left without its record.
 */
@ApplicationScoped
public class AccountRollback {

    private static final Logger LOG = Logger.getLogger(AccountRollback.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Deletes the account unless the current transaction commits. */
    public void deleteUnlessCommitted(Accounts accounts, String userId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        accounts.delete(userId);
                        LOG.info("An account made for a record that was not saved was deleted again");
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.SEVERE,
                                "An account made for a record that was not saved could not be deleted: id " + userId,
                                e);
                    }
                }
            }
        });
    }
}
