package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.registration.Fixtures.refused;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The delegate’s form (RegistrationSubmission): what it refuses, and when it approves at once. */
@IntegrationTest
class RegistrationSubmissionTests extends RegistrationTestBase {

    @Autowired
    OutboxQueries outbox;
    @Autowired
    org.plenary.directory.AccountManagement accounts;

    @Test
    void mailsAreWrittenInTheRecipientsPreferredLanguage() {
        Organisation org = fx.organisation(MembershipCategory.ACADEMIA);
        Account delegate = fx.delegate();
        accounts.updateProfile(delegate.id(), delegate.name(), "zh");
        submit(delegate, Fixtures.form(org));
        assertThat(outbox.to(delegate.email())).singleElement().satisfies(m -> {
            assertThat(m.language()).isEqualTo("zh");
            assertThat(m.subject()).contains("已收到注册");
        });
    }

    @Test
    void automaticApprovalWhereTheOrganisationChoseIt() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "DE", true);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        users.as(fp, () -> directory.confirmAffiliation(org.id(), delegate.id(), fp.id()));
        Registration r = submit(delegate, Fixtures.form(org));
        assertThat(r.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(r.reason()).isEqualTo("registration.auto.organisation");
    }

    @Test
    void aFocalPointsOwnRegistrationIsApprovedAutomatically() {
        Organisation org = fx.organisation(MembershipCategory.MEMBER_STATE);
        Account fp = fx.focalPointOf(org);
        Registration r = submit(fp, Fixtures.form(org));
        assertThat(r.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(r.reason()).isEqualTo("registration.auto.focalPoint");
    }

    @Test
    void registeringTwiceForOneMeetingIsRefusedAndChangesNothing() {
        Organisation org = fx.organisation(MembershipCategory.ACADEMIA);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        refused(HttpStatus.CONFLICT, "registration.duplicate",
                () -> submit(delegate, new RegistrationForm(org.id(), false, true, null, null, null, false, false,
                        false, false, null)));
        Registration after = users.as(delegate, () -> registrations.view(r.id()));
        assertThat(after.inPerson()).isTrue();
        assertThat(after.version()).isEqualTo(r.version());
    }

    @Test
    void memberStateOnlyFieldsAreRefusedForOtherCategoriesAndOpenToTheObserver() {
        Account delegate = fx.delegate();
        for (MembershipCategory c : List.of(MembershipCategory.SECTOR_MEMBER, MembershipCategory.ASSOCIATE,
                MembershipCategory.ACADEMIA, MembershipCategory.INVITED)) {
            Organisation org = fx.organisation(c, "CH", false);
            refused(HttpStatus.FORBIDDEN, "registration.memberStateOnly",
                    () -> submit(delegate, Fixtures.interpretation(org, "fr")));
            refused(HttpStatus.FORBIDDEN, "registration.memberStateOnly",
                    () -> submit(delegate, new RegistrationForm(org.id(), true, false, null, "Director", null, false,
                            false, false, false, null)));
            refused(HttpStatus.FORBIDDEN, "registration.memberStateOnly",
                    () -> submit(delegate, new RegistrationForm(org.id(), true, false, null, null, null, true, false,
                            false, false, null)));
        }
        assertThat(users.as(delegate, () -> registrations.mine(meeting.id()))).isEmpty();

        Organisation palestine = fx.organisation(MembershipCategory.OBSERVER);
        Registration r = submit(delegate, new RegistrationForm(palestine.id(), true, false, null, "Minister", "ar",
                true, false, false, false, null));
        assertThat(r.interpretationLanguage()).isEqualTo("ar");
        assertThat(r.functionTitle()).isEqualTo("Minister");
        assertThat(r.fellowshipRequest()).isTrue();
    }

    @Test
    void aVisaRequestNeedsThePassportDataAndAttendanceInPerson() {
        Organisation org = fx.organisation(MembershipCategory.MEMBER_STATE, "SN", false);
        Account delegate = fx.delegate();
        refused(HttpStatus.BAD_REQUEST, "registration.passportRequired",
                () -> submit(delegate, new RegistrationForm(org.id(), true, false, null, null, null, false, false,
                        false, true, null)));
        RegistrationForm remote = Fixtures.visa(org);
        refused(HttpStatus.BAD_REQUEST, "registration.visaNeedsInPerson",
                () -> submit(delegate, new RegistrationForm(org.id(), false, false, null, null, null, false, false,
                        false, true, remote.passport())));
    }
}
