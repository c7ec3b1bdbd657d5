package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.fellowships.FellowshipFixtures.refused;
import static org.plenary.fellowships.FellowshipFixtures.unique;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #13: a fellowship was awarded to a withdrawn registration. A withdrawn or cancelled
 * registration withdraws its pending application, and nothing is awarded to it.
 */
@IntegrationTest
class FellowshipWithdrawalTests {

    @Autowired
    FellowshipFixtures fixtures;
    @Autowired
    Fellowships fellowships;
    @Autowired
    FellowshipBudget budget;
    @Autowired
    RegistrationDecisions registrationDecisions;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private record World(Account secretariat, Meeting meeting, Organisation org) {
    }

    /** A meeting with a budget, and an administration of Nepal with automatic approval. */
    private World world() {
        Account sec = users.create("Withdrawal Secretariat", Role.SECRETARIAT);
        Meeting m = fixtures.meeting(sec, "FW-" + unique(), "Fellowship withdrawal meeting", LocalDate.of(2026, 9, 14));
        Organisation org = fixtures.administration(sec, "NP", true);
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("10000")));
        return new World(sec, m, org);
    }

    /** A delegate whose affiliation the secretariat confirmed, so the organisation's automatic approval applies. */
    private Registration register(World w, Account d) {
        return fixtures.register(w.secretariat(), w.secretariat(), w.org(), w.meeting(), d, null);
    }

    /** An approved delegate's application with its cost set, ready to be awarded. */
    private Application applied(World w, Account d) {
        return fixtures.applied(w.secretariat(), w.meeting(), d, "900");
    }

    private Application reload(World w, Application a) {
        return users.as(w.secretariat(), () -> fellowships.view(a.id()));
    }

    @Test
    void aWithdrawnRegistrationWithdrawsItsApplicationAndNothingIsAwarded() {
        World w = world();
        Account d = users.create("Withdrawing " + unique(), Role.DELEGATE);
        Registration r = register(w, d);
        Application a = applied(w, d);

        users.as(d, () -> registrationDecisions.withdraw(r.id()));
        assertThat(reload(w, a).status().name()).isEqualTo("WITHDRAWN");
        refused(() -> users.as(w.secretariat(), () -> fellowships.award(a.id())), "fellowship.registrationNotHolding");
        assertThat(reload(w, a).status().name()).isEqualTo("WITHDRAWN");
        refused(() -> users.as(w.secretariat(), () -> fellowships.decline(a.id(), "too late")),
                "fellowship.alreadyDecided");

        // registered again and approved: the person may apply anew; the withdrawn application stays withdrawn
        register(w, d);
        Application again = applied(w, d);
        assertThat(again.id()).isNotEqualTo(a.id());
        assertThat(users.as(w.secretariat(), () -> fellowships.award(again.id())).status().name())
                .isEqualTo("AWARDED");
        assertThat(reload(w, a).status().name()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aCancelledRegistrationWithdrawsItsApplicationToo() {
        World w = world();
        Account d = users.create("Cancelled " + unique(), Role.DELEGATE);
        Registration r = register(w, d);
        Application a = applied(w, d);
        users.as(w.secretariat(), () -> registrationDecisions.cancel(r.id(), "Not a delegate of this administration"));
        assertThat(reload(w, a).status().name()).isEqualTo("WITHDRAWN");
        refused(() -> users.as(w.secretariat(), () -> fellowships.award(a.id())), "fellowship.registrationNotHolding");
    }

    @Test
    void theAwardChecksTheRegistrationStillHoldsEvenIfTheApplicationWasLeftPending() {
        World w = world();
        Account d = users.create("Stale " + unique(), Role.DELEGATE);
        Registration r = register(w, d);
        Application a = applied(w, d);
        users.as(d, () -> registrationDecisions.withdraw(r.id()));
        // an application left APPLIED by an older version, whose registration no longer holds
        jdbc.sql("update fellowships_application set status = 'APPLIED', decided_at = null where id = ?")
                .param(a.id()).update();
        refused(() -> users.as(w.secretariat(), () -> fellowships.award(a.id())), "fellowship.registrationNotHolding");
    }
}
