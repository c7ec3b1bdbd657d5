package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.registration.Fixtures.refused;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/** The check-in desk (CheckInDesk): once per delegate, and only while the desk is open. */
@IntegrationTest
class CheckInDeskTests extends RegistrationTestBase {

    @Autowired
    CheckInDesk desk;
    @Autowired
    MutableClock clock;

    @Test
    void theDeskChecksADelegateInOnceAndTellsWhenOnASecondScan() {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "JP", true);
        Account delegate = fx.delegate();
        Registration r = approved(submit(delegate, Fixtures.form(org)));
        clock.set(CheckInDesk.opens(meeting));
        try {
            assertThatThrownBy(() -> users.as(delegate, () -> desk.checkIn(meeting.id(), r.badgeCode())))
                    .as("only the secretariat runs the desk").isInstanceOf(AccessDeniedException.class);
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
        return users.as(fx.secretariat, () -> registrationDecisions.approve(r.id()));
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
