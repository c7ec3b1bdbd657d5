package org.plenary.visas;

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
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.TestUsers;
import org.springframework.stereotype.Component;

/**
 * Where a visa-support request is made, for the visa tests: a meeting of its own in Geneva, a
 * Member-State administration with its focal point and a secretariat account (unique names, so that
 * tests sharing the database never meet), and the steps from a request to an issued letter.
 */
@Component
class VisaWorlds {

    record World(Account secretariat, Meeting meeting, Organisation org, Account focalPoint) {
    }

    private final TestUsers users;
    private final MeetingSetup meetingSetup;
    private final Directory directory;
    private final RegistrationSubmission submission;
    private final RegistrationDecisions decisions;
    private final VisaLetters visas;

    VisaWorlds(TestUsers users, MeetingSetup meetingSetup, Directory directory, RegistrationSubmission submission,
            RegistrationDecisions decisions, VisaLetters visas) {
        this.users = users;
        this.meetingSetup = meetingSetup;
        this.directory = directory;
        this.submission = submission;
        this.decisions = decisions;
        this.visas = visas;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A meeting of Study Group 12 from {@code firstDay}, and an administration of {@code country}. */
    World create(LocalDate firstDay, String country) {
        Account sec = users.create("Visa Secretariat", Role.SECRETARIAT);
        Meeting m = users.as(sec, () -> meetingSetup.create("VT-" + unique(), 12, new MeetingDetails(
                LocalizedText.en("Visa test meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"), firstDay,
                firstDay.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "tsbsg12@itu.int", null)));
        Organisation org = users.as(sec, () -> directory.create("Administration " + country + " " + unique(), country,
                MembershipCategory.MEMBER_STATE, null, false));
        Account fp = users.create("Focal " + unique(), Role.FOCAL_POINT);
        users.as(sec, () -> directory.addFocalPoint(org.id(), fp.id()));
        return new World(sec, m, org, fp);
    }

    World create(LocalDate firstDay) {
        return create(firstDay, "SN");
    }

    /** The delegate registers in person with a visa request, the passport of their organisation's country. */
    Registration request(World w, Account delegate, String passportName, String passportNumber) {
        return users.as(delegate, () -> submission.submit(w.meeting().id(), new RegistrationForm(w.org().id(), true,
                false, null, null, null, false, false, false, true, new Registration.Passport(passportName,
                        passportNumber, w.org().countryCode(), LocalDate.of(2031, 1, 31), LocalDate.of(1988, 7, 2)))));
    }

    Registration request(World w, Account delegate, String passportName) {
        return request(w, delegate, passportName, "P" + unique().toUpperCase());
    }

    /** The focal point approves, the delegate names the representation, the secretariat issues the letter. */
    VisaLetters.Issue approveNameAndIssue(World w, Account delegate, Registration r, String embassy) {
        users.as(w.focalPoint(), () -> decisions.approve(r.id()));
        users.as(delegate, () -> visas.nameEmbassy(w.meeting().code(), embassy));
        return users.as(w.secretariat(), () -> visas.issue(r.id().value()));
    }

    /** The action is refused with this message key. */
    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
