package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
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
import org.plenary.notifications.OutboxQueries;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #10, finding 1: an issued visa-support letter is immutable and is served only while its
 * registration holds. The attacks: withdraw and re-submit with another person's passport, re-post
 * the visa form with another addressee, download after a cancellation; and the mail on issue.
 */
@IntegrationTest
class ForgedVisaLetterTests {

    @Autowired
    VisaLetters visas;
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
    OutboxQueries outbox;
    @Autowired
    TestUsers users;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private record World(Account secretariat, Meeting meeting, Organisation org, Account focalPoint) {
    }

    private World world() {
        Account sec = users.create("Forgery Secretariat", Role.SECRETARIAT);
        LocalDate first = LocalDate.of(2026, 9, 14);
        Meeting m = users.as(sec, () -> meetingSetup.create("FV-" + unique(), 12, new MeetingDetails(
                LocalizedText.en("Forgery test meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"), first,
                first.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "tsbsg12@itu.int", null)));
        Organisation org = users.as(sec, () -> directory.create("Administration SN " + unique(), "SN",
                MembershipCategory.MEMBER_STATE, null, false));
        Account fp = users.create("Focal " + unique(), Role.FOCAL_POINT);
        users.as(sec, () -> directory.addFocalPoint(org.id(), fp.id()));
        return new World(sec, m, org, fp);
    }

    private Registration submit(World w, Account delegate, String name, String number) {
        return users.as(delegate, () -> registrationSubmission.submit(w.meeting().id(), new RegistrationForm(w.org().id(), true,
                false, null, null, null, false, false, false, true, new Registration.Passport(name, number, "SN",
                        LocalDate.of(2031, 1, 31), LocalDate.of(1988, 7, 2)))));
    }

    /** A delegate whose letter (passport of NDIAYE Awa, Dakar embassy) is issued. */
    private Registration issued(World w, Account d) {
        Registration r = submit(w, d, "NDIAYE Awa", "A" + unique().toUpperCase());
        users.as(w.focalPoint(), () -> registrationDecisions.approve(r.id()));
        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        return r;
    }

    private byte[] download(Account who, Registration r) {
        return users.as(who, () -> visas.pdf(r.id().value(), Locale.ENGLISH));
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void withdrawingAndResubmittingWithAnotherPassportGivesNoLetterUntilApprovedAndIssuedAgain() throws Exception {
        World w = world();
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        byte[] original = download(d, r);
        assertThat(LetterReading.pdfText(original)).contains("NDIAYE Awa", r.passport().number());

        users.as(d, () -> registrationDecisions.withdraw(r.id()));
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> download(w.secretariat(), r), "visa.registrationNotApproved");

        String forged = "F" + unique().toUpperCase();
        submit(w, d, "IMPOSTOR Bob", forged);
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.notApproved");

        users.as(w.focalPoint(), () -> registrationDecisions.approve(r.id()));
        // approved again, but the letter issued for the other passport is void: no letter until a new issue
        refused(() -> download(d, r), "visa.notIssued");
        // the withdrawn request is gone too: the delegate names the representation again
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.noEmbassy");

        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        String text = LetterReading.pdfText(download(d, r));
        assertThat(text).contains("IMPOSTOR Bob", forged).doesNotContain("NDIAYE Awa");
    }

    @Test
    void repostingTheVisaFormNeverChangesAnIssuedLetterItIsANewRequestToIssue() throws Exception {
        World w = world();
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        byte[] original = download(d, r);

        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Consulate General of Switzerland in Lagos"));
        byte[] after = download(d, r);
        assertThat(after).isEqualTo(original);
        assertThat(LetterReading.pdfText(after)).contains("Embassy of Switzerland in Dakar").doesNotContain("Lagos");

        // the new addressee is a new request: it needs the secretariat's issue, which gives a new letter
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        assertThat(LetterReading.pdfText(download(d, r))).contains("Consulate General of Switzerland in Lagos");
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.alreadyIssued");
    }

    @Test
    void aCancelledRegistrationHasNoLetterAndAPendingOneNeverHadOne() {
        World w = world();
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        download(d, r);
        users.as(w.secretariat(), () -> registrationDecisions.cancel(r.id(), "Duplicate registration"));
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> download(w.secretariat(), r), "visa.registrationNotApproved");

        Account pending = users.create("Pending " + unique(), Role.DELEGATE);
        Registration p = submit(w, pending, "PENDING Person", "P" + unique().toUpperCase());
        users.as(pending, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        refused(() -> download(pending, p), "visa.registrationNotApproved");
    }

    @Test
    void theDelegateIsMailedAnAbsoluteLinkFromTheConfiguredBaseUrl() {
        World w = world();
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        assertThat(outbox.to(d.email())).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(w.meeting().code(), "Visa-support letter issued");
            assertThat(mail.body()).contains("https://plenary.test.example/visa-letters/" + r.id().value() + ".pdf");
        });
    }
}
