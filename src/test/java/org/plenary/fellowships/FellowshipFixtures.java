package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.TestUsers;
import org.springframework.stereotype.Component;

/** The fellowship tests' meetings, administrations and registered delegates, each made by the secretariat given. */
@Component
class FellowshipFixtures {

    private final TestUsers users;
    private final MeetingSetup meetingSetup;
    private final Directory directory;
    private final RegistrationSubmission registrationSubmission;
    private final Fellowships fellowships;
    private final FellowshipBudget budget;

    FellowshipFixtures(TestUsers users, MeetingSetup meetingSetup, Directory directory,
            RegistrationSubmission registrationSubmission, Fellowships fellowships, FellowshipBudget budget) {
        this.users = users;
        this.meetingSetup = meetingSetup;
        this.directory = directory;
        this.registrationSubmission = registrationSubmission;
        this.fellowships = fellowships;
        this.budget = budget;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The action is refused with this message key. */
    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** An SG12 meeting in Geneva from the given day, five days long (fellowship deadline: six weeks before). */
    Meeting meeting(Account secretariat, String code, String title, LocalDate firstDay) {
        return users.as(secretariat, () -> meetingSetup.create(code, 12, new MeetingDetails(LocalizedText.en(title),
                LocalizedText.en("Geneva"), LocalizedText.en("ITU"), firstDay, firstDay.plusDays(4), "Europe/Zurich",
                LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "tsbsg12@itu.int", null)));
    }

    /** A Member State administration of the country; with automatic approval its confirmed delegates are approved at once. */
    Organisation administration(Account secretariat, String country, boolean automatic) {
        return users.as(secretariat, () -> directory.create("Administration " + country + " " + unique(), country,
                MembershipCategory.MEMBER_STATE, null, automatic));
    }

    /**
     * The secretariat confirms the delegate's affiliation (the confirming account as given, {@code null} for none
     * recorded) and the delegate registers in person for the meeting, saying a fellowship is needed.
     */
    Registration register(Account secretariat, Account confirmedBy, Organisation org, Meeting m, Account delegate,
            String gender) {
        users.as(secretariat, () -> directory.confirmAffiliation(org.id(), delegate.id(),
                confirmedBy == null ? null : confirmedBy.id()));
        return users.as(delegate, () -> registrationSubmission.submit(m.id(), new RegistrationForm(org.id(), true,
                false, gender, null, null, true, false, false, false, null)));
    }

    /** The delegate applies for an air ticket and the secretariat sets its cost. */
    Application applied(Account secretariat, Meeting m, Account delegate, String cost) {
        Application a = users.as(delegate, () -> fellowships.apply(m.code(), FellowshipKind.AIR_TICKET, false, null));
        users.as(secretariat, () -> budget.setCost(a.id(), new BigDecimal(cost)));
        return a;
    }
}
