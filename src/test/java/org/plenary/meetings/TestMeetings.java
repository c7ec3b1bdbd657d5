package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.function.Supplier;

import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.TestUsers;

/** A Geneva meeting of SG12 with its own code and a secretariat account, for the editing services' tests. */
record TestMeetings(TestUsers users, MeetingSetup setup, Account secretariat) {

    static TestMeetings of(TestUsers users, MeetingSetup setup) {
        return new TestMeetings(users, setup, users.create("Meetings Secretariat", Role.SECRETARIAT));
    }

    static String uniqueCode() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static MeetingDetails details(LocalDate first, LocalDate last, String zone) {
        return new MeetingDetails(LocalizedText.en("Editing test meeting"), LocalizedText.en("Geneva"),
                LocalizedText.en("ITU"), first, last, zone, LocalTime.of(9, 30), LocalTime.of(8, 30), null, null,
                "tsbsg12@itu.int", null);
    }

    Meeting meeting(LocalDate first, LocalDate last) {
        return users.as(secretariat, () -> setup.create(uniqueCode(), 12, details(first, last, "Europe/Zurich")));
    }

    <T> T asSecretariat(Supplier<T> action) {
        return users.as(secretariat, action);
    }

    /** The message key the secretariat's action is refused with; fails the test if it is not refused. */
    String refusal(Supplier<?> action) {
        try {
            asSecretariat(action);
        } catch (PlenaryException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
