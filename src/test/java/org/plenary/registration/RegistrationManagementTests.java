package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.registration.Fixtures.refused;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.support.IntegrationTest;
import org.springframework.http.HttpStatus;

/** What each caller reads of registrations (RegistrationManagement). */
@IntegrationTest
class RegistrationManagementTests extends RegistrationTestBase {

    @Test
    void passportDataIsVisibleOnlyToTheDelegateAndTheSecretariat() {
        Organisation org = fx.organisation(MembershipCategory.MEMBER_STATE, "SN", false);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.visa(org));
        assertThat(users.as(delegate, () -> registrations.view(r.id())).passport().number()).isEqualTo("AB1234567");
        assertThat(users.as(fx.secretariat, () -> registrations.view(r.id())).passport()).isNotNull();
        assertThat(users.as(fp, () -> registrations.view(r.id())).passport()).isNull();
        assertThat(users.as(fp, () -> registrations.ofMeeting(meeting.id()))).singleElement()
                .satisfies(x -> assertThat(x.passport()).isNull());
        refused(HttpStatus.FORBIDDEN, "registration.notYours", () -> users.as(fx.delegate(), () -> registrations.view(r.id())));
        refused(HttpStatus.FORBIDDEN, "registration.secretariatOrFocalPoint",
                () -> users.as(delegate, () -> registrations.ofMeeting(meeting.id())));
    }
}
