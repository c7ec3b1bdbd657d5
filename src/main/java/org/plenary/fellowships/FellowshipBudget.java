package org.plenary.fellowships;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's fellowship budget and what each application costs, entered by the secretariat. */
@Service
public class FellowshipBudget {

    private final Applications store;
    private final MeetingManagement meetings;
    private final Clock clock;

    FellowshipBudget(Applications store, MeetingManagement meetings, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Optional<BigDecimal> budget(String meetingCode) {
        return store.budget(meetings.get(meetingCode).id());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void setBudget(String meetingCode, BigDecimal amount) {
        requireAmount(amount);
        PlenaryPrincipal me = CurrentUser.require();
        store.setBudget(meetings.get(meetingCode).id(), amount, me.accountId(), clock.instant());
    }

    /** The secretariat enters what the ticket or the DSA of this application costs. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Application setCost(UUID application, BigDecimal cost) {
        Application a = load(application);
        requireAmount(cost);
        if (a.status() != Application.Status.APPLIED) {
            throw PlenaryException.conflict("fellowship.alreadyDecided");
        }
        store.setCost(application, cost);
        return load(application);
    }

    /** Money in the budget's currency: not negative, cents at most, below ten thousand million. */
    private static void requireAmount(BigDecimal amount) {
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
            throw PlenaryException.invalid("fellowship.amountInvalid");
        }
    }

    private Application load(UUID id) {
        return store.byId(id).orElseThrow(() -> PlenaryException.notFound("fellowship.notFound"));
    }
}
