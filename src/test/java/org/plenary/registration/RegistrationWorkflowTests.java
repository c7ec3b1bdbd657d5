package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

@IntegrationTest
class RegistrationWorkflowTests {

    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CheckInDesk desk;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    Meeting meeting;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(users, directory, meetings);
        meeting = fx.meeting();
    }

    private Registration submit(Account who, RegistrationForm form) {
        return users.as(who, () -> registrations.submit(meeting.id(), form));
    }

    private static void refused(HttpStatus status, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void focalPointApprovesAndEveryTransitionIsRecordedWithMailsInTheRecipientsLanguage() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(r.late()).isFalse();
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id())).isEmpty();

        Registration approved = users.as(fp, () -> registrations.approve(r.id()));
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
    void invitedExpertsAreDecidedByTheSecretariatNotByAFocalPoint() {
        Organisation invited = fx.organisation(MembershipCategory.INVITED, null, false);
        Account fp = fx.focalPointOf(invited);
        Account expert = fx.delegate();
        Registration r = submit(expert, Fixtures.form(invited));
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        refused(HttpStatus.FORBIDDEN, "registration.secretariatDecidesInvited",
                () -> users.as(fp, () -> registrations.approve(r.id())));
        assertThat(users.as(fx.secretariat, () -> registrations.waitingForSecretariat(meeting.id())))
                .extracting(Registration::id).contains(r.id());
        assertThat(users.as(fx.secretariat, () -> registrations.approve(r.id())).status())
                .isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void rejectionNeedsAReasonAndThePersonMaySubmitAgain() {
        Organisation org = fx.organisation(MembershipCategory.ASSOCIATE);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(org));
        refused(HttpStatus.BAD_REQUEST, "registration.reasonRequired",
                () -> users.as(fp, () -> registrations.reject(r.id(), "  ")));
        Registration rejected = users.as(fp, () -> registrations.reject(r.id(), "Not one of our staff"));
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
        refused(HttpStatus.FORBIDDEN, "registration.notYours", () -> users.as(other, () -> registrations.withdraw(r.id())));
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id())).isPresent();
        assertThat(users.as(delegate, () -> registrations.withdraw(r.id())).status())
                .isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(registrations.approvedParticipation(meeting.id(), delegate.id()))
                .as("L-RP-3: only registered people take part, remotely too").isEmpty();
        refused(HttpStatus.CONFLICT, "registration.notActive", () -> users.as(delegate, () -> registrations.withdraw(r.id())));

        Registration again = submit(delegate, Fixtures.form(org));
        refused(HttpStatus.FORBIDDEN, "registration.secretariatOnly",
                () -> users.as(delegate, () -> registrations.cancel(again.id(), "no")));
        refused(HttpStatus.BAD_REQUEST, "registration.reasonRequired",
                () -> users.as(fx.secretariat, () -> registrations.cancel(again.id(), "")));
        Registration cancelled = users.as(fx.secretariat, () -> registrations.cancel(again.id(), "Duplicate person"));
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        refused(HttpStatus.CONFLICT, "registration.cancelledBySecretariat", () -> submit(delegate, Fixtures.form(org)));
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
    void aFocalPointDecidesOnlyTheirOwnOrganisationsRequestsAndOnlyOnce() {
        Organisation mine = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Organisation theirs = fx.organisation(MembershipCategory.SECTOR_MEMBER);
        Account fp = fx.focalPointOf(mine);
        fx.focalPointOf(theirs);
        Account delegate = fx.delegate();
        Registration r = submit(delegate, Fixtures.form(theirs));
        refused(HttpStatus.FORBIDDEN, "registration.notYourOrganisation", () -> users.as(fp, () -> registrations.approve(r.id())));
        refused(HttpStatus.FORBIDDEN, "registration.notYourOrganisation",
                () -> users.as(fp, () -> registrations.reject(r.id(), "no")));
        refused(HttpStatus.FORBIDDEN, "registration.notYours", () -> users.as(fp, () -> registrations.view(r.id())));
        assertThat(users.as(fp, () -> registrations.waitingForMe())).extracting(Registration::id).doesNotContain(r.id());
        assertThat(users.as(delegate, () -> registrations.view(r.id())).status()).isEqualTo(RegistrationStatus.SUBMITTED);

        Registration own = submit(fx.delegate(), Fixtures.form(mine));
        assertThat(users.as(fp, () -> registrations.waitingForMe())).extracting(Registration::id).containsExactly(own.id());
        users.as(fp, () -> registrations.approve(own.id()));
        refused(HttpStatus.CONFLICT, "registration.alreadyDecided", () -> users.as(fp, () -> registrations.reject(own.id(), "late")));
        assertThat(users.as(fx.secretariat, () -> registrations.view(own.id())).status())
                .isEqualTo(RegistrationStatus.APPROVED);
    }

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

    @Test
    void theDeskChecksADelegateInOnceAndTellsWhenOnASecondScan() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "JP", true);
        Account delegate = fx.delegate();
        Registration r = approved(submit(delegate, Fixtures.form(org)));
        clock.set(CheckInDesk.opens(meeting));
        try {
            refused(HttpStatus.FORBIDDEN, "registration.secretariatOnly",
                    () -> users.as(delegate, () -> desk.checkIn(meeting.id(), r.badgeCode())));
            CheckInDesk.CheckIn first = users.as(fx.secretariat,
                    () -> desk.checkIn(meeting.id(), r.badgeCode().toLowerCase()));
            assertThat(first.first()).isTrue();
            CheckInDesk.CheckIn second = users.as(fx.secretariat, () -> desk.checkIn(meeting.id(), r.badgeCode()));
            assertThat(second.first()).isFalse();
            assertThat(second.at()).isEqualTo(first.at());
            refused(HttpStatus.NOT_FOUND, "checkIn.unknownCode",
                    () -> users.as(fx.secretariat, () -> desk.checkIn(meeting.id(), "NOPE")));
        } finally {
            clock.set(TestClockConfig.START);
        }
    }

    /** Approved by the secretariat, so it carries a badge code. */
    private Registration approved(Registration r) {
        return users.as(fx.secretariat, () -> registrations.approve(r.id()));
    }

    /** The desk opens at midnight the day before the first day and closes after the last day, in Zurich time. */
    @Test
    void theDeskRefusesCheckInBeforeTheDayBeforeTheMeetingAndAfterItsEndSayingFromWhen() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "JP", true);
        Registration r = approved(submit(fx.delegate(), Fixtures.form(org)));
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        LocaleContextHolder.setLocale(Locale.UK);
        try {
            clock.set(meeting.firstDay().minusDays(1).atStartOfDay(zurich).toInstant().minusSeconds(1));
            assertThatThrownBy(() -> users.as(fx.secretariat, () -> desk.checkIn(meeting.id(), r.badgeCode())))
                    .isInstanceOfSatisfying(PlenaryException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(e.messageKey()).isEqualTo("checkIn.notYetOpen");
                        assertThat(e.args()).containsExactly("13 September 2026 00:00:00 (Europe/Zurich)");
                    });
            assertThat(users.as(fx.secretariat, () -> registrations.view(r.id())).checkedInAt()).isNull();

            clock.set(meeting.lastDay().plusDays(1).atStartOfDay(zurich).toInstant());
            refused(HttpStatus.CONFLICT, "checkIn.closed",
                    () -> users.as(fx.secretariat, () -> desk.checkIn(meeting.id(), r.badgeCode())));

            clock.set(meeting.lastDay().plusDays(1).atStartOfDay(zurich).toInstant().minusSeconds(1));
            assertThat(users.as(fx.secretariat, () -> desk.checkIn(meeting.id(), r.badgeCode())).first()).isTrue();
        } finally {
            clock.set(TestClockConfig.START);
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
