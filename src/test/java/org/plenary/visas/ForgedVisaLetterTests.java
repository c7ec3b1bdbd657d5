package org.plenary.visas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.visas.VisaWorlds.refused;
import static org.plenary.visas.VisaWorlds.unique;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.notifications.OutboxQueries;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.plenary.support.TestUsers;
import org.plenary.visas.VisaWorlds.World;
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
    VisaWorlds worlds;
    @Autowired
    RegistrationDecisions registrationDecisions;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    TestUsers users;

    /** A delegate whose letter (passport of NDIAYE Awa, Dakar embassy) is issued. */
    private Registration issued(World w, Account d) {
        Registration r = worlds.request(w, d, "NDIAYE Awa", "A" + unique().toUpperCase());
        worlds.approveNameAndIssue(w, d, r, "Embassy of Switzerland in Dakar");
        return r;
    }

    private byte[] download(Account who, Registration r) {
        return users.as(who, () -> visas.pdf(r.id().value(), Locale.ENGLISH));
    }

    @Test
    void withdrawingAndResubmittingWithAnotherPassportGivesNoLetterUntilApprovedAndIssuedAgain() throws Exception {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        byte[] original = download(d, r);
        assertThat(PdfText.of(original)).contains("NDIAYE Awa", r.passport().number());

        users.as(d, () -> registrationDecisions.withdraw(r.id()));
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> download(w.secretariat(), r), "visa.registrationNotApproved");

        String forged = "F" + unique().toUpperCase();
        worlds.request(w, d, "IMPOSTOR Bob", forged);
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.notApproved");

        users.as(w.focalPoint(), () -> registrationDecisions.approve(r.id()));
        // approved again, but the letter issued for the other passport is void: no letter until a new issue
        refused(() -> download(d, r), "visa.notIssued");
        // the withdrawn request is gone too: the delegate names the representation again
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.noEmbassy");

        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        String text = PdfText.of(download(d, r));
        assertThat(text).contains("IMPOSTOR Bob", forged).doesNotContain("NDIAYE Awa");
    }

    @Test
    void repostingTheVisaFormNeverChangesAnIssuedLetterItIsANewRequestToIssue() throws Exception {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        byte[] original = download(d, r);

        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Consulate General of Switzerland in Lagos"));
        byte[] after = download(d, r);
        assertThat(after).isEqualTo(original);
        assertThat(PdfText.of(after)).contains("Embassy of Switzerland in Dakar").doesNotContain("Lagos");

        // the new addressee is a new request: it needs the secretariat's issue, which gives a new letter
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        assertThat(PdfText.of(download(d, r))).contains("Consulate General of Switzerland in Lagos");
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.alreadyIssued");
    }

    @Test
    void aCancelledRegistrationHasNoLetterAndAPendingOneNeverHadOne() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        download(d, r);
        users.as(w.secretariat(), () -> registrationDecisions.cancel(r.id(), "Duplicate registration"));
        refused(() -> download(d, r), "visa.registrationNotApproved");
        refused(() -> download(w.secretariat(), r), "visa.registrationNotApproved");

        Account pending = users.create("Pending " + unique(), Role.DELEGATE);
        Registration p = worlds.request(w, pending, "PENDING Person");
        users.as(pending, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        refused(() -> download(pending, p), "visa.registrationNotApproved");
    }

    @Test
    void theDelegateIsMailedAnAbsoluteLinkFromTheConfiguredBaseUrl() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Awa " + unique(), Role.DELEGATE);
        Registration r = issued(w, d);
        assertThat(outbox.to(d.email())).anySatisfy(mail -> {
            assertThat(mail.subject()).contains(w.meeting().code(), "Visa-support letter issued");
            assertThat(mail.body()).contains("https://plenary.test.example/visa-letters/" + r.id().value() + ".pdf");
        });
    }
}
