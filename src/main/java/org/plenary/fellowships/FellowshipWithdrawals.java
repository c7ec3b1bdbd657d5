package org.plenary.fellowships;

import org.plenary.registration.RegistrationWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn or cancelled registration withdraws its pending fellowship applications in the same
 * transaction, so that none of them can be awarded; an application already decided stays on record.
 */
@Component
class FellowshipWithdrawals {

    private final Applications store;

    FellowshipWithdrawals(Applications store) {
        this.store = store;
    }

    @EventListener
    void on(RegistrationWithdrawn e) {
        store.withdrawPending(e.id().value(), e.at());
    }
}
