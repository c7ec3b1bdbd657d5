package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.TestUsers;
import org.springframework.http.HttpStatus;

/** Meetings, organisations and people of the registration tests, each test making its own. */
final class Fixtures {

    final TestUsers users;
    final Directory directory;
    final MeetingSetup meetings;
    final Account secretariat;

    Fixtures(TestUsers users, Directory directory, MeetingSetup meetings) {
        this.users = users;
        this.directory = directory;
        this.meetings = meetings;
        this.secretariat = users.create("Secretariat", Role.SECRETARIAT);
    }

    /** The action is refused with this status and message key. */
    static void refused(HttpStatus status, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Geneva meeting of SG12 starting on the given day, lasting five days. */
    Meeting meeting(LocalDate firstDay) {
        return users.as(secretariat, () -> meetings.create("RT-" + unique(), 12, new MeetingDetails(
                LocalizedText.en("Registration test meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"),
                firstDay, firstDay.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30),
                LocalizedText.en("Montbrillant"), LocalizedText.en("Chair"), "tsbsg12@itu.int", "+41 22 730 5111")));
    }

    Meeting meeting() {
        return meeting(LocalDate.of(2026, 9, 14));
    }

    Organisation organisation(MembershipCategory category, String country, boolean automatic) {
        return users.as(secretariat, () -> directory.create("Org " + category + " " + unique(), country, category,
                category == MembershipCategory.ASSOCIATE ? 12 : null, automatic));
    }

    Organisation organisation(MembershipCategory category) {
        return organisation(category, category == MembershipCategory.OBSERVER ? "PS" : "CH", false);
    }

    Account focalPointOf(Organisation org) {
        Account fp = users.create("Focal " + unique(), Role.FOCAL_POINT);
        users.as(secretariat, () -> directory.addFocalPoint(org.id(), fp.id()));
        return fp;
    }

    Account delegate() {
        return users.create("Delegate " + unique(), Role.DELEGATE);
    }

    /** A delegate whose affiliation with the organisation the secretariat confirmed. */
    Account confirmedDelegate(Organisation org) {
        Account a = delegate();
        users.as(secretariat, () -> directory.confirmAffiliation(org.id(), a.id(), secretariat.id()));
        return a;
    }

    static RegistrationForm form(Organisation org) {
        return new RegistrationForm(org.id(), true, false, null, null, null, false, false, false, false, null);
    }

    static RegistrationForm interpretation(Organisation org, String language) {
        return new RegistrationForm(org.id(), true, false, null, null, language, false, false, false, false, null);
    }

    static RegistrationForm visa(Organisation org) {
        return new RegistrationForm(org.id(), true, false, "female", null, null, false, false, false, true,
                new Registration.Passport("Amina Diallo", "AB1234567", "SN", LocalDate.of(2030, 1, 1),
                        LocalDate.of(1985, 5, 17)));
    }
}
