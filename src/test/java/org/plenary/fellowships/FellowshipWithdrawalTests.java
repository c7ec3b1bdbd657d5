package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
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
    Fellowships fellowships;
    @Autowired
    FellowshipBudget budget;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    RegistrationDecisions registrationDecisions;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    Directory directory;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private record World(Account secretariat, Meeting meeting, Organisation org) {
    }

    /** A meeting with a budget, and an administration of Nepal with automatic approval. */
    private World world() {
        Account sec = users.create("Withdrawal Secretariat", Role.SECRETARIAT);
        LocalDate first = LocalDate.of(2026, 9, 14);
        Meeting m = users.as(sec, () -> meetingSetup.create("FW-" + unique(), 12, new MeetingDetails(
                LocalizedText.en("Fellowship withdrawal meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"),
                first, first.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "tsbsg12@itu.int", null)));
        Organisation org = users.as(sec, () -> directory.create("Administration NP " + unique(), "NP",
                MembershipCategory.MEMBER_STATE, null, true));
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("10000")));
        return new World(sec, m, org);
    }

    /** A delegate whose affiliation the secretariat confirmed, so the organisation's automatic approval applies. */
    private Registration register(World w, Account d) {
        users.as(w.secretariat(), () -> directory.confirmAffiliation(w.org().id(), d.id(), w.secretariat().id()));
        return users.as(d, () -> registrationSubmission.submit(w.meeting().id(), new RegistrationForm(w.org().id(), true, false,
                null, null, null, true, false, false, false, null)));
    }

    /** An approved delegate's application with its cost set, ready to be awarded. */
    private Application applied(World w, Account d) {
        Application a = users.as(d, () -> fellowships.apply(w.meeting().code(), FellowshipKind.AIR_TICKET, false, null));
        users.as(w.secretariat(), () -> budget.setCost(a.id(), new BigDecimal("900")));
        return a;
    }

    private Application reload(World w, Application a) {
        return users.as(w.secretariat(), () -> fellowships.view(a.id()));
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
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
