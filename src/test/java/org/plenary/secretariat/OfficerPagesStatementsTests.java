package org.plenary.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.meetings.OfficerAppointments;
import org.plenary.meetings.OfficerRole;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.ui.ExtendedModelMap;

/** The meeting's officers page reads its officers' accounts in one statement, however many officers it lists. */
@IntegrationTest
class OfficerPagesStatementsTests {

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    OfficerAppointments appointments;
    @Autowired
    OfficerPages pages;

    @Test
    void theOfficersAccountsAreReadInOneStatement() {
        Account secretariat = users.create("Officer page secretariat", Role.SECRETARIAT);
        Meeting m = users.as(secretariat, () -> setup.create("OP-" + UUID.randomUUID().toString().substring(0, 8), 12,
                new MeetingDetails(LocalizedText.en("Officers page test"), LocalizedText.en("Geneva"),
                        LocalizedText.en("ITU"), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20),
                        "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "tsbsg12@itu.int",
                        null)));
        name(secretariat, m, OfficerRole.CHAIR);
        long one = statements(secretariat, m, 1);
        name(secretariat, m, OfficerRole.VICE_CHAIR);
        name(secretariat, m, OfficerRole.VICE_CHAIR);
        long three = statements(secretariat, m, 3);
        assertThat(three).as("statements for three officers next to one").isEqualTo(one);
    }

    private void name(Account secretariat, Meeting m, OfficerRole role) {
        Account person = users.create("Officer " + role, Role.DELEGATE);
        users.as(secretariat, () -> appointments.name(m.code(), person.id().value(), role, null, null));
    }

    private long statements(Account secretariat, Meeting m, int officers) {
        ExtendedModelMap model = new ExtendedModelMap();
        var counted = SqlStatements.count(() -> users.as(secretariat, () -> pages.page(m.code(), "", model)));
        assertThat((Map<?, ?>) model.get("people")).as("each officer's account").hasSize(officers);
        return counted.statements();
    }
}
