package org.plenary.visas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.visas.VisaWorlds.refused;
import static org.plenary.visas.VisaWorlds.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.PdfText;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestUsers;
import org.plenary.visas.VisaWorlds.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The secretariat's visa queue and the visa-support letter (L-VISA-1..3, X-VISA-1). */
@IntegrationTest
class VisaLetterTests {

    @Autowired
    VisaLetters visas;
    @Autowired
    VisaQueue visaQueue;
    @Autowired
    VisaWorlds worlds;
    @Autowired
    RegistrationDecisions registrationDecisions;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void targetIssueDateIsApprovalPlusFifteenDaysAndLateOnesAreFlagged() {
        LocalDate first = LocalDate.of(2026, 6, 9);
        assertThat(VisaLetters.targetIssueDate(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 16));
        assertThat(VisaLetters.warning(LocalDate.of(2026, 5, 25), first)).isEqualTo(VisaLetters.Warning.NONE);
        assertThat(VisaLetters.warning(LocalDate.of(2026, 5, 26), first)).isEqualTo(VisaLetters.Warning.TOO_CLOSE);
        assertThat(VisaLetters.warning(LocalDate.of(2026, 6, 8), first)).isEqualTo(VisaLetters.Warning.TOO_CLOSE);
        assertThat(VisaLetters.warning(first, first)).isEqualTo(VisaLetters.Warning.AFTER_START);
    }

    @Test
    void queueIsOrderedByApprovalDateWithTargetsAndWarnings() {
        World w = worlds.create(LocalDate.of(2026, 4, 20));
        Account late = users.create("Late " + unique(), Role.DELEGATE);
        Account early = users.create("Early " + unique(), Role.DELEGATE);
        Account closer = users.create("Closer " + unique(), Role.DELEGATE);
        Registration rLate = worlds.request(w, late, "Late Person");
        Registration rEarly = worlds.request(w, early, "Early Person");
        Registration rCloser = worlds.request(w, closer, "Closer Person");
        worlds.request(w, users.create("Pending " + unique(), Role.DELEGATE), "Still Pending");
        try {
            clock.set(Instant.parse("2026-03-02T10:00:00Z"));
            users.as(w.focalPoint(), () -> registrationDecisions.approve(rEarly.id()));
            clock.set(Instant.parse("2026-04-01T10:00:00Z"));
            users.as(w.focalPoint(), () -> registrationDecisions.approve(rCloser.id()));
            clock.set(Instant.parse("2026-04-10T10:00:00Z"));
            users.as(w.focalPoint(), () -> registrationDecisions.approve(rLate.id()));
        } finally {
            clock.set(TestClockConfig.START);
        }
        List<VisaLetters.QueueEntry> queue = users.as(w.secretariat(), () -> visaQueue.all(w.meeting().code()));
        assertThat(queue).extracting(e -> e.registration().id()).containsExactly(rEarly.id(), rCloser.id(), rLate.id());
        assertThat(queue).extracting(VisaLetters.QueueEntry::targetIssueDate).containsExactly(
                LocalDate.of(2026, 3, 17), LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 25));
        assertThat(queue).extracting(VisaLetters.QueueEntry::warning).containsExactly(VisaLetters.Warning.NONE,
                VisaLetters.Warning.TOO_CLOSE, VisaLetters.Warning.AFTER_START);
        assertThat(queue.get(0).registration().passport().fullName()).isEqualTo("Early Person");

        assertThatThrownBy(() -> users.as(early, () -> visaQueue.all(w.meeting().code())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLetterNamesTheEmbassyCarriesThePassportAndOnlyItsDelegateAndTheSecretariatGetIt() throws Exception {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Awa Ndiaye " + unique(), Role.DELEGATE);
        Registration r = worlds.request(w, d, "NDIAYE Awa");
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.notApproved");
        users.as(w.focalPoint(), () -> registrationDecisions.approve(r.id()));
        refused(() -> users.as(w.secretariat(), () -> visas.issue(r.id().value())), "visa.noEmbassy");
        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        refused(() -> users.as(d, () -> visas.pdf(r.id().value(), Locale.ENGLISH)), "visa.notIssued");

        VisaLetters.Issue issued = users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        assertThat(issued.issuedBy()).isEqualTo(w.secretariat().id());
        assertThat(issued.issuedAt()).isEqualTo(TestClockConfig.START);
        var entry = users.as(w.secretariat(), () -> visaQueue.all(w.meeting().code())).get(0);
        assertThat(entry.issuedByName()).isEqualTo(w.secretariat().name());

        String text = PdfText.of(users.as(d, () -> visas.pdf(r.id().value(), Locale.ENGLISH)));
        assertThat(text).contains("Embassy of Switzerland in Dakar", "NDIAYE Awa", r.passport().number(),
                "31 January 2031", "2 July 1988", "Senegal", w.org().name());
        String zh = PdfText.squeezed(PdfText.of(
                users.as(w.secretariat(), () -> visas.pdf(r.id().value(), Locale.forLanguageTag("zh")))));
        assertThat(zh).contains("致EmbassyofSwitzerlandinDakar", "护照号码", "塞内加尔");
        for (var lang : List.of(Locale.FRENCH, Locale.forLanguageTag("ar"))) {
            String other = PdfText.of(users.as(d, () -> visas.pdf(r.id().value(), lang)));
            assertThat(other).as(lang.toString()).contains(lang == Locale.FRENCH ? "Numéro de passeport" : "رقم جواز السفر")
                    .contains(r.passport().number());
        }

        Account other = users.create("Other " + unique(), Role.DELEGATE);
        assertThatThrownBy(() -> users.as(other, () -> visas.pdf(r.id().value(), Locale.ENGLISH)))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        refused(() -> users.as(w.focalPoint(), () -> visas.pdf(r.id().value(), Locale.ENGLISH)), "visa.notYours");
    }

    @Test
    void onlyADelegateWithAVisaRequestNamesAnEmbassy() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("No visa " + unique(), Role.DELEGATE);
        users.as(d, () -> registrationSubmission.submit(w.meeting().id(), new RegistrationForm(w.org().id(), true, false, null,
                null, null, false, false, false, false, null)));
        refused(() -> users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland")),
                "visa.noRequest");
        Account v = users.create("Visa " + unique(), Role.DELEGATE);
        worlds.request(w, v, "Visa Person");
        refused(() -> users.as(v, () -> visas.nameEmbassy(w.meeting().code(), "  ")), "visa.embassyRequired");
    }

    @Test
    void theQueueAndThePageTellWhereARequestStandsAndOfferIssuingOnlyWhenThereIsSomethingToIssue() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("States " + unique(), Role.DELEGATE);
        Registration r = worlds.request(w, d, "STATE Person");
        assertThat(users.as(d, () -> visas.myStatus(w.meeting().code())).orElseThrow().state())
                .isEqualTo(VisaStatus.State.NOT_APPROVED);
        users.as(w.focalPoint(), () -> registrationDecisions.approve(r.id()));
        assertThat(state(w, r)).isEqualTo(VisaStatus.State.NOT_NAMED);
        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar"));
        assertThat(state(w, r)).isEqualTo(VisaStatus.State.TO_ISSUE);
        users.as(w.secretariat(), () -> visas.issue(r.id().value()));
        assertThat(state(w, r)).isEqualTo(VisaStatus.State.ISSUED);
        assertThat(VisaStatus.State.ISSUED.issuable()).isFalse();

        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Dakar")); // the same: no change
        assertThat(state(w, r)).isEqualTo(VisaStatus.State.ISSUED);
        users.as(d, () -> visas.nameEmbassy(w.meeting().code(), "Embassy of Switzerland in Abidjan"));
        VisaStatus changed = users.as(d, () -> visas.myStatus(w.meeting().code())).orElseThrow();
        assertThat(changed.state()).isEqualTo(VisaStatus.State.CHANGED);
        assertThat(changed.state().issuable()).isTrue();
        assertThat(changed.embassy()).isEqualTo("Embassy of Switzerland in Abidjan");
        assertThat(changed.issuedToEmbassy()).isEqualTo("Embassy of Switzerland in Dakar");

        users.as(d, () -> registrationDecisions.withdraw(r.id()));
        assertThat(users.as(d, () -> visas.myStatus(w.meeting().code())).orElseThrow().state())
                .isEqualTo(VisaStatus.State.NOT_APPROVED);
        assertThat(jdbc.sql("select count(*) from letters_visa_issued where registration_id = ? and ended_at is null")
                .param(r.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesToRewriteAnIssuedLetterOrItsPdf() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        Account d = users.create("Frozen " + unique(), Role.DELEGATE);
        Registration r = worlds.request(w, d, "FROZEN Person");
        UUID letter = worlds.approveNameAndIssue(w, d, r, "Embassy of Switzerland in Dakar").letter();
        assertThatThrownBy(() -> jdbc.sql("""
                update letters_visa_issued set facts = jsonb_set(facts, '{fullName}', '"FORGED"') where id = ?""")
                .param(letter).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("update letters_visa_issued_pdf set pdf = '\\x00' where letter_id = ?")
                .param(letter).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from letters_visa_issued_pdf where letter_id = ?").param(letter)
                .update()).hasMessageContaining("kept");
        assertThat(PdfText.of(users.as(d, () -> visas.pdf(r.id().value(), Locale.ENGLISH))))
                .contains("FROZEN Person");
    }

    private VisaStatus.State state(World w, Registration r) {
        return users.as(w.secretariat(), () -> visaQueue.all(w.meeting().code())).stream()
                .filter(e -> e.registration().id().equals(r.id())).findFirst().orElseThrow().status().state();
    }
}
