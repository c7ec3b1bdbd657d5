package org.plenary.visas;

import org.plenary.registration.RegistrationWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn or cancelled registration withdraws its visa request and voids the letter issued for it,
 * in the same transaction: a re-submitted registration needs a new request, approval and issue.
 */
@Component
class VisaWithdrawals {

    private final VisaRequests store;

    VisaWithdrawals(VisaRequests store) {
        this.store = store;
    }

    @EventListener
    void on(RegistrationWithdrawn e) {
        store.withdraw(e.id().value(), e.at());
    }
}
