package org.plenary.remote;

import org.plenary.meetings.MeetingSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.scheduling.SessionEditing;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionKind;
import org.plenary.shared.PlenaryException;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #10: a session not yet published is the chair's side's draft; everyone else sees the published plan. */
@IntegrationTest
class DraftVisibilityTests extends RemoteTestBase {

    @Autowired
    SessionEditing editing;
    @Autowired
    RemoteAccess access;
    @Autowired
    org.plenary.meetings.MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;

    @Test
    void nothingPublishedYetMeansNothingToSeeForParticipants() {
        RemoteFixtures.World w = fixtures.world();
        String code = "DR-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var m = users.as(w.secretariat, () -> meetingSetup.create(code, 12, new org.plenary.meetings.MeetingDetails(
                org.plenary.shared.LocalizedText.en("Draft-only meeting"), org.plenary.shared.LocalizedText.en("Geneva"),
                org.plenary.shared.LocalizedText.en("ITU"), RemoteFixtures.FIRST_DAY, RemoteFixtures.FIRST_DAY.plusDays(2),
                "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), org.plenary.shared.LocalizedText.en("Lobby"),
                org.plenary.shared.LocalizedText.en("Chair"), "tsbsg12@itu.int", "+41 22 730 5111")));
        Session draft = users.as(w.secretariat, () -> editing.create(code, new Session.Input(SessionKind.WORKSHOP,
                null, List.of(), "Draft-only workshop", RemoteFixtures.FIRST_DAY, LocalTime.of(9, 30),
                LocalTime.of(12, 30), null, "Chair", List.of(), false, 0, false, 0, null, Set.of(), null)));
        Account stranger = users.create("Early Stranger", Role.DELEGATE);
        assertThat(users.as(stranger, () -> access.sessions(m.code()))).isEmpty();
        assertThat(users.as(w.secretariat, () -> access.sessions(m.code())).stream().map(SessionContext::id))
                .containsExactly(draft.id());
    }

    @Test
    void onlyTheSecretariatAndTheOfficersSeeADraftSession() {
        RemoteFixtures.World w = fixtures.world();
        Session draft = users.as(w.secretariat, () -> editing.create(w.code(), new Session.Input(
                SessionKind.WORKSHOP, null, List.of(), "Unannounced closed workshop", RemoteFixtures.FIRST_DAY.plusDays(2),
                LocalTime.of(9, 30), LocalTime.of(12, 30), null, "Chair", List.of(), false, 0, false, 0, null,
                Set.of(), null)));
        RemoteFixtures.Participant delegate = w.participant("Draft Reader", "CH", "female", false);
        Account stranger = users.create("Logged-in Stranger", Role.DELEGATE);
        String list = "/remote/meetings/" + w.code();
        String console = list + "/sessions/" + draft.id();

        for (Account reader : List.of(delegate.account(), stranger)) {
            FormBrowser b = new FormBrowser(port);
            assertThat(b.login(reader.email(), TestUsers.PASSWORD)).isTrue();
            var page = b.get(list);
            if (reader == delegate.account()) {
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains(w.opening.title());
            }
            assertThat(page.body()).as(reader.name()).doesNotContain("Unannounced closed workshop");
            assertThat(b.get(console).statusCode()).as(reader.name() + " opens the draft").isIn(403, 404);
        }
        for (Account reader : List.of(delegate.account(), stranger)) {
            assertThat(users.as(reader, () -> access.sessions(w.code())).stream().map(SessionContext::id))
                    .as(reader.name()).doesNotContain(draft.id());
            assertThatThrownBy(() -> users.as(reader, () -> access.session(w.code(), draft.id())))
                    .as(reader.name() + " reaches the draft by its id").isInstanceOf(PlenaryException.class);
        }
        for (Account chairSide : List.of(w.secretariat, w.officer)) {
            assertThat(users.as(chairSide, () -> access.session(w.code(), draft.id())).id()).isEqualTo(draft.id());
            FormBrowser b = new FormBrowser(port);
            assertThat(b.login(chairSide.email(), TestUsers.PASSWORD)).isTrue();
            assertThat(b.get(console).statusCode()).as(chairSide.name()).isEqualTo(200);
            assertThat(b.get(console).body()).contains("Unannounced closed workshop");
        }
    }
}
