package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.fellowships.FellowshipFixtures.refused;
import static org.plenary.fellowships.FellowshipFixtures.unique;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.letters.FellowshipLetters;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.notifications.OutboxQueries;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Fellowship rules end to end: application, award, decline, mails and decision letters. */
@IntegrationTest
class FellowshipTests {

    @Autowired
    FellowshipFixtures fixtures;
    @Autowired
    Fellowships fellowships;
    @Autowired
    FellowshipBudget budget;
    @Autowired
    EligibleCountries eligible;
    @Autowired
    FellowshipLetters letters;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Directory directory;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate tx;

    private Account secretariat() {
        return users.create("Fellowship Secretariat", Role.SECRETARIAT);
    }

    /** An SG12 meeting in Geneva from the given day, five days long (fellowship deadline: six weeks before). */
    private Meeting meeting(Account secretariat, LocalDate firstDay) {
        return fixtures.meeting(secretariat, "FT-" + unique(), "Fellowship test meeting", firstDay);
    }

    private Meeting meeting(Account secretariat) {
        return meeting(secretariat, LocalDate.of(2026, 9, 14));
    }

    private Organisation administration(Account secretariat, String country, boolean automatic) {
        return fixtures.administration(secretariat, country, automatic);
    }

    /** A confirmed delegate of the organisation with an approved (automatic) registration for the meeting. */
    private Account approvedDelegate(Organisation org, Meeting m, String gender) {
        Account d = users.create("Delegate " + unique(), Role.DELEGATE);
        fixtures.register(secretariat(), null, org, m, d, gender);
        return d;
    }

    private Application apply(Account delegate, Meeting m, FellowshipKind kind) {
        return users.as(delegate, () -> fellowships.apply(m.code(), kind, false, null));
    }

    @Test
    void applicationNeedsTheFocalPointsApprovalFirst() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Organisation org = administration(sec, "SN", false);
        Account d = users.create("Pending " + unique(), Role.DELEGATE);
        users.as(d, () -> registrationSubmission.submit(m.id(), new RegistrationForm(org.id(), true, false, null, null, null,
                true, false, false, false, null)));
        refused(() -> apply(d, m, FellowshipKind.AIR_TICKET), "fellowship.notApproved");
        users.as(sec, () -> assertThat(fellowships.applications(m.code())).isEmpty());
    }

    @Test
    void onlyEligibleCountriesMayApply() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Account swiss = approvedDelegate(administration(sec, "CH", true), m, null);
        refused(() -> apply(swiss, m, FellowshipKind.AIR_TICKET), "fellowship.countryNotEligible");
        Account senegalese = approvedDelegate(administration(sec, "SN", true), m, null);
        assertThat(apply(senegalese, m, FellowshipKind.AIR_TICKET).status()).isEqualTo(Application.Status.APPLIED);
    }

    @Test
    void applicationsCloseAtTheFellowshipDeadline() {
        Account sec = secretariat();
        Meeting m = meeting(sec, LocalDate.of(2026, 5, 4)); // deadline 2026-03-23, Geneva time
        Organisation org = administration(sec, "NP", true);
        Account d = approvedDelegate(org, m, null);
        clock.set(java.time.Instant.parse("2026-03-23T22:59:59Z")); // 23:59:59 in Geneva (CET)
        assertThat(apply(d, m, FellowshipKind.DSA)).isNotNull();
        Account late = approvedDelegate(org, m, null);
        clock.set(java.time.Instant.parse("2026-03-23T23:00:00Z"));
        refused(() -> apply(late, m, FellowshipKind.AIR_TICKET), "deadline.passed");
    }

    @Test
    void atMostTwoPerCountryAndASecondDsaNeedsATicket() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Organisation org = administration(sec, "ML", true);
        apply(approvedDelegate(org, m, null), m, FellowshipKind.DSA);
        Account secondDsa = approvedDelegate(org, m, null);
        refused(() -> apply(secondDsa, m, FellowshipKind.DSA), "fellowship.secondDsa");
        apply(approvedDelegate(org, m, null), m, FellowshipKind.AIR_TICKET);
        Account third = approvedDelegate(org, m, null);
        refused(() -> apply(third, m, FellowshipKind.AIR_TICKET), "fellowship.countryFull");
        users.as(sec, () -> assertThat(fellowships.applications(m.code())).hasSize(2));
    }

    @Test
    void twoSimultaneousDsaApplicationsFromOneCountryEndInOne() throws Exception {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Organisation org = administration(sec, "GN", true);
        List<Account> two = List.of(approvedDelegate(org, m, null), approvedDelegate(org, m, null));
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> outcomes = two.stream().map(d -> pool.submit(() -> {
                start.await();
                try {
                    apply(d, m, FellowshipKind.DSA);
                    return "applied";
                } catch (PlenaryException e) {
                    return e.messageKey();
                }
            })).toList();
            start.countDown();
            List<String> results = new java.util.ArrayList<>();
            for (var f : outcomes) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("applied", "fellowship.secondDsa");
        } finally {
            pool.shutdownNow();
        }
        users.as(sec, () -> assertThat(fellowships.applications(m.code())).hasSize(1));
    }

    @Test
    void awardChecksCostBudgetAndMailsTheApplicantWithADecisionLetter() throws IOException {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Organisation org = administration(sec, "BD", true);
        Account d = approvedDelegate(org, m, "female");
        Application a = apply(d, m, FellowshipKind.AIR_TICKET);
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("1000.00")));

        refused(() -> users.as(sec, () -> fellowships.award(a.id())), "fellowship.costMissing");
        users.as(sec, () -> budget.setCost(a.id(), new BigDecimal("1200")));
        refused(() -> users.as(sec, () -> fellowships.award(a.id())), "fellowship.overBudget");
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("1500")));
        Application awarded = users.as(sec, () -> fellowships.award(a.id()));
        assertThat(awarded.status()).isEqualTo(Application.Status.AWARDED);
        assertThat(awarded.decidedBy()).isEqualTo(sec.id());
        assertThat(outbox.to(d.email())).anySatisfy(mail -> assertThat(mail.subject()).contains("Fellowship awarded"));

        byte[] pdf = users.as(d, () -> letters.pdf(a.id(), Locale.ENGLISH));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(d.name(), "partial fellowship has been awarded", "air ticket");
        }
        byte[] zh = users.as(d, () -> letters.pdf(a.id(), Locale.forLanguageTag("zh")));
        try (var doc = Loader.loadPDF(zh)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("非全额与会补贴");
        }
        byte[] fr = users.as(d, () -> letters.pdf(a.id(), Locale.FRENCH));
        try (var doc = Loader.loadPDF(fr)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("bourse partielle", "Billet d’avion");
        }
        Account other = users.create("Other " + unique(), Role.DELEGATE);
        refused(() -> users.as(other, () -> letters.pdf(a.id(), Locale.ENGLISH)), "fellowship.notYours");
        refused(() -> users.as(sec, () -> fellowships.award(a.id())), "fellowship.alreadyDecided");
    }

    @Test
    void declineNeedsAReasonAndTellsTheApplicant() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Account d = approvedDelegate(administration(sec, "KH", true), m, null);
        Application a = apply(d, m, FellowshipKind.DSA);
        refused(() -> users.as(sec, () -> fellowships.decline(a.id(), " ")), "fellowship.reasonRequired");
        assertThatThrownBy(() -> users.as(d, () -> fellowships.decline(a.id(), "mine")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Application declined = users.as(sec, () -> fellowships.decline(a.id(), "Budget exhausted"));
        assertThat(declined.status()).isEqualTo(Application.Status.DECLINED);
        assertThat(outbox.to(d.email())).anySatisfy(mail -> assertThat(mail.body()).contains("Budget exhausted"));
    }

    @Test
    void theDecisionMailIsPartOfTheDecisionsTransactionSoARolledBackDecisionSendsNone() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Account d = approvedDelegate(administration(sec, "NP", true), m, null);
        Application a = apply(d, m, FellowshipKind.DSA);
        tx.executeWithoutResult(s -> {
            users.as(sec, () -> fellowships.decline(a.id(), "Budget exhausted"));
            assertThat(outbox.to(d.email())).as("queued inside the deciding transaction, not after it")
                    .anySatisfy(mail -> assertThat(mail.body()).contains("Budget exhausted"));
            s.setRollbackOnly();
        });
        assertThat(users.as(d, () -> fellowships.view(a.id())).status()).isEqualTo(Application.Status.APPLIED);
        assertThat(outbox.to(d.email())).as("the rolled-back decision left no mail")
                .noneSatisfy(mail -> assertThat(mail.body()).contains("Budget exhausted"));
    }

    @Test
    void onePersonGetsAtMostTwoPartialFellowshipsPerFinancialYear() {
        Account sec = secretariat();
        Organisation org = administration(sec, "TG", true);
        Account d = users.create("Frequent " + unique(), Role.DELEGATE);
        users.as(sec, () -> directory.confirmAffiliation(org.id(), d.id(), sec.id()));
        List<Meeting> three = List.of(meeting(sec, LocalDate.of(2026, 9, 14)), meeting(sec, LocalDate.of(2026, 10, 12)),
                meeting(sec, LocalDate.of(2026, 11, 16)));
        List<Application> apps = three.stream().map(m -> {
            users.as(d, () -> registrationSubmission.submit(m.id(), new RegistrationForm(org.id(), true, false, null, null,
                    null, true, false, false, false, null)));
            users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("5000")));
            Application a = apply(d, m, FellowshipKind.AIR_TICKET);
            users.as(sec, () -> budget.setCost(a.id(), new BigDecimal("900")));
            return a;
        }).toList();
        users.as(sec, () -> fellowships.award(apps.get(0).id()));
        users.as(sec, () -> fellowships.award(apps.get(1).id()));
        refused(() -> users.as(sec, () -> fellowships.award(apps.get(2).id())), "fellowship.yearlyLimit");

        Meeting fourth = meeting(sec, LocalDate.of(2026, 12, 7));
        users.as(d, () -> registrationSubmission.submit(fourth.id(), new RegistrationForm(org.id(), true, false, null, null,
                null, true, false, false, false, null)));
        refused(() -> apply(d, fourth, FellowshipKind.DSA), "fellowship.yearlyLimit");
    }

    @Test
    void theProposalRanksOpenApplicationsWithinTheBudgetLeft() {
        Account sec = secretariat();
        Meeting m = meeting(sec);
        Application sn = apply(approvedDelegate(administration(sec, "SN", true), m, "male"), m, FellowshipKind.AIR_TICKET);
        Application np;
        try {
            clock.advance(Duration.ofMinutes(5)); // equal points: the earlier application goes first
            np = apply(approvedDelegate(administration(sec, "NP", true), m, "female"), m, FellowshipKind.DSA);
        } finally {
            clock.set(TestClockConfig.START);
        }
        users.as(sec, () -> {
            budget.setBudget(m.code(), new BigDecimal("1000"));
            budget.setCost(sn.id(), new BigDecimal("800"));
            budget.setCost(np.id(), new BigDecimal("600"));
        });
        Allocation.Proposal p = users.as(sec, () -> fellowships.proposal(m.code()));
        assertThat(p.lines()).hasSize(2);
        assertThat(p.lines().get(0).candidate().id()).isEqualTo(sn.id());
        assertThat(p.lines().get(0).proposed()).isTrue();
        assertThat(p.lines().get(1).proposed()).isFalse();
        assertThat(p.remaining()).isEqualByComparingTo("200");
        Account delegate = users.create("Curious " + unique(), Role.DELEGATE);
        assertThatThrownBy(() -> users.as(delegate, () -> fellowships.proposal(m.code())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void csvImportIsAllOrNothing() {
        Account sec = secretariat();
        var before = eligible.eligibleCountries();
        refused(() -> users.as(sec, () -> eligible.importEligible("country,note\nBO,LLDC\nXX,bad\n", false)),
                "fellowship.csvCountryUnknown");
        assertThat(eligible.eligibleCountries()).isEqualTo(before);
        assertThat(eligible.isEligible("BO")).isFalse();
        try {
            assertThat(users.as(sec, () -> eligible.importEligible("code;note\nbo;LLDC\n", false))).isEqualTo(1);
            assertThat(eligible.isEligible("BO")).isTrue();
        } finally {
            users.as(sec, () -> eligible.removeEligible("BO"));
        }
        assertThat(eligible.eligibleCountries()).isEqualTo(before);
    }
}
