package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.registration.Fixtures.refused;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/** Approval, rejection, withdrawal and cancellation (RegistrationDecisions): who may, once, recorded. */
@IntegrationTest
class RegistrationDecisionsTests extends RegistrationTestBase {

    @Autowired
    OutboxQueries outbox;

    @Test
    void focalPointApprovesAndEveryTransitionIsRecordedWithMailsInTheRecipientsLanguage() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(r.late()).isFalse();
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id())).isEmpty();

        Registration approved = users.as(fp, () -> registrationDecisions.approve(r.id()));
        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.badgeCode()).matches("[A-Z2-9]{10}");
        assertThat(approved.decidedBy()).isEqualTo(fp.id());
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id())).get()
                .extracting(Participation::organisation).isEqualTo(org.id());

        List<Transition> history = users.as(fx.secretariat, () -> registrations.history(r.id()));
        assertThat(history).extracting(Transition::from, Transition::to, Transition::actor).containsExactly(
                tuple(null, RegistrationStatus.SUBMITTED, delegate.id()),
                tuple(RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED, fp.id()));

        assertThat(outbox.to(delegate.email())).extracting(OutboxMail::subject).containsExactly(
                "[" + meeting.code() + "] Registration received", "[" + meeting.code() + "] Registration approved");
        assertThat(outbox.to(fp.email())).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains(delegate.name());
            assertThat(m.body()).contains(org.name());
        });
    }

    @Test
    void invitedExpertsAreDecidedByTheSecretariatNotByAFocalPoint() {
        Organisation invited = fx.organisation(MembershipCategory.INVITED, null, false);
        Account fp = fx.focalPointOf(invited);
        Account expert = fx.delegate();
        Registration r = submit(expert, Fixtures.form(invited));
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        refused(HttpStatus.FORBIDDEN, "registration.secretariatDecidesInvited",
                () -> users.as(fp, () -> registrationDecisions.approve(r.id())));
        assertThat(users.as(fx.secretariat, () -> registrations.waitingForSecretariat(meeting.id())))
                .extracting(Registration::id).contains(r.id());
        assertThat(users.as(fx.secretariat, () -> registrationDecisions.approve(r.id())).status())
                .isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void rejectionNeedsAReasonAndThePersonMaySubmitAgain() {
        Organisation org = fx.organisation(MembershipCategory.ASSOCIATE);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        refused(HttpStatus.BAD_REQUEST, "registration.reasonRequired",
                () -> users.as(fp, () -> registrationDecisions.reject(r.id(), "  ")));
        Registration rejected = users.as(fp, () -> registrationDecisions.reject(r.id(), "Not one of our staff"));
        assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(outbox.to(delegate.email())).last().satisfies(m -> assertThat(m.body()).contains("Not one of our staff"));

        Registration again = submit(delegate, Fixtures.form(org));
        assertThat(again.id()).isEqualTo(r.id());
        assertThat(again.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(again.reason()).isNull();
        assertThat(users.as(delegate, () -> registrations.history(r.id()))).extracting(Transition::to)
                .containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.REJECTED,
                        RegistrationStatus.SUBMITTED);
    }

    @Test
    void theDelegateWithdrawsAndTheSecretariatCancels() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "FR", true);
        Account delegate = fx.confirmedDelegate(org);
        Account other = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        refused(HttpStatus.FORBIDDEN, "registration.notYours", () -> users.as(other, () -> registrationDecisions.withdraw(r.id())));
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id())).isPresent();
        assertThat(users.as(delegate, () -> registrationDecisions.withdraw(r.id())).status())
                .isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id()))
                .as("L-RP-3: only registered people take part, remotely too").isEmpty();
        refused(HttpStatus.CONFLICT, "registration.notActive", () -> users.as(delegate, () -> registrationDecisions.withdraw(r.id())));

        Registration again = submit(delegate, Fixtures.form(org));
        assertThatThrownBy(() -> users.as(delegate, () -> registrationDecisions.cancel(again.id(), "no")))
                .as("only the secretariat cancels").isInstanceOf(AccessDeniedException.class);
        refused(HttpStatus.BAD_REQUEST, "registration.reasonRequired",
                () -> users.as(fx.secretariat, () -> registrationDecisions.cancel(again.id(), "")));
        Registration cancelled = users.as(fx.secretariat, () -> registrationDecisions.cancel(again.id(), "Duplicate person"));
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        refused(HttpStatus.CONFLICT, "registration.cancelledBySecretariat", () -> submit(delegate, Fixtures.form(org)));
    }

    @Test
    void aFocalPointDecidesOnlyTheirOwnOrganisationsRequestsAndOnlyOnce() {
        Organisation mine = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Organisation theirs = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Account fp = fx.focalPointOf(mine);
        fx.focalPointOf(theirs);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(theirs));
        refused(HttpStatus.FORBIDDEN, "registration.notYourOrganisation", () -> users.as(fp, () -> registrationDecisions.approve(r.id())));
        refused(HttpStatus.FORBIDDEN, "registration.notYourOrganisation",
                () -> users.as(fp, () -> registrationDecisions.reject(r.id(), "no")));
        refused(HttpStatus.FORBIDDEN, "registration.notYours", () -> users.as(fp, () -> registrations.view(r.id())));
        assertThat(users.as(fp, () -> registrations.waitingForMe())).extracting(Registration::id).doesNotContain(r.id());
        assertThat(users.as(delegate, () -> registrations.view(r.id())).status()).isEqualTo(RegistrationStatus.SUBMITTED);

        Registration own = submit(fx.delegate(), Fixtures.form(mine));
        assertThat(users.as(fp, () -> registrations.waitingForMe())).extracting(Registration::id).containsExactly(own.id());
        users.as(fp, () -> registrationDecisions.approve(own.id()));
        refused(HttpStatus.CONFLICT, "registration.alreadyDecided", () -> users.as(fp, () -> registrationDecisions.reject(own.id(), "late")));
        assertThat(users.as(fx.secretariat, () -> registrations.view(own.id())).status())
                .isEqualTo(RegistrationStatus.APPROVED);
    }
}
