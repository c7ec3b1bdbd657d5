package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Membership;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.documents.Submissions;
import org.plenary.meetings.Meeting;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 10, finding 5: claiming an organisation grants nothing until its focal point (or the
 * secretariat) confirms the affiliation: no automatic approval, no membership, no submission. The
 * focal point confirms affiliation and registration together.
 */
@IntegrationTest
class AffiliationConfirmationTests extends RegistrationTestBase {

    @Autowired
    Membership membership;
    @Autowired
    Submissions submissions;
    @Autowired
    OutboxQueries outbox;

    Organisation org;
    Account fp;

    @BeforeEach
    void organisationWithFocalPoint() {
        org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "DE", true); // automatic approval chosen
        fp = fx.focalPointOf(org);
    }

    @Test
    void anUnconfirmedAffiliationGrantsNoAutomaticApprovalNoMembershipAndNoSubmission() {
        Account claimer = fx.delegate();
        Registration r = submit(claimer, Fixtures.form(org));
        assertThat(r.status()).as("waits for the focal point despite automatic approval")
                .isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(registrations.approvedParticipation(meeting.id(), claimer.id())).isEmpty();
        assertThat(directory.organisationsOf(claimer.id())).as("the claim is recorded").contains(org.id());
        assertThat(directory.isAffiliationConfirmed(claimer.id(), org.id())).isFalse();
        assertThat(membership.isMember(claimer.id())).isFalse();
        assertThat(membership.isMember(claimer.id(), 12)).isFalse();
        assertThat(outbox.to(fp.email())).extracting(OutboxMail::subject).as("the focal point is asked")
                .anySatisfy(s -> assertThat(s).contains(claimer.name()));
        assertThatThrownBy(() -> users.as(claimer, () -> submissions.submitContribution(meeting.code(),
                new Submissions.ContributionForm("Claimed", List.of(), "", List.of(), List.of(), List.of(),
                        null, "", false, false),
                new Submissions.Upload("c.pdf", new ByteArrayInputStream(new byte[] {1})))))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.notRegistered"));

        Account other = fx.delegate();
        assertThatThrownBy(() -> users.as(other, () -> directory.confirmAffiliation(org.id(), claimer.id(),
                other.id()))).as("nobody else confirms").isInstanceOf(AccessDeniedException.class);
        Account otherFocalPoint = fx.focalPointOf(fx.organisation(MembershipCategory.SECTOR_MEMBER));
        assertThatThrownBy(() -> users.as(otherFocalPoint, () -> directory.confirmAffiliation(org.id(),
                claimer.id(), otherFocalPoint.id()))).as("nor another organisation's focal point")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(membership.isMember(claimer.id())).isFalse();
    }

    @Test
    void theFocalPointConfirmsAffiliationAndRegistrationTogetherThenAutomaticApprovalApplies() {
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        users.as(fp, () -> registrationDecisions.approve(r.id()));
        assertThat(directory.isAffiliationConfirmed(delegate.id(), org.id())).isTrue();
        assertThat(membership.isMember(delegate.id(), 12)).isTrue();

        Meeting next = fx.meeting(java.time.LocalDate.of(2026, 11, 9));
        Registration second = users.as(delegate, () -> registrationSubmission.submit(next.id(), Fixtures.form(org)));
        assertThat(second.status()).as("confirmed: the organisation's automatic approval now applies")
                .isEqualTo(RegistrationStatus.APPROVED);
        assertThat(second.reason()).isEqualTo("registration.auto.organisation");
    }

    @Test
    void aRejectedClaimStaysUnconfirmedAndInvitedExpertsAreNeverMembers() {
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        users.as(fp, () -> registrationDecisions.reject(r.id(), "Not one of ours"));
        assertThat(directory.isAffiliationConfirmed(delegate.id(), org.id())).isFalse();
        assertThat(membership.isMember(delegate.id())).isFalse();

        Organisation invited = fx.organisation(MembershipCategory.INVITED, null, false);
        Account expert = fx.delegate();
        users.as(fx.secretariat, () -> directory.confirmAffiliation(invited.id(), expert.id(), fx.secretariat.id()));
        assertThat(membership.isMember(expert.id())).as("an invited expert is no member").isFalse();
    }
}
