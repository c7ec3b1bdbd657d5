package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.scheduling.SchedulingManagement;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionKind;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue #10: a session not yet published is the chair's side's draft; everyone else sees the published plan. */
@IntegrationTest
class DraftVisibilityTests {

    @LocalServerPort
    int port;
    @Autowired
    RemoteFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    SchedulingManagement scheduling;

    @Test
    void onlyTheSecretariatAndTheOfficersSeeADraftSession() {
        RemoteFixtures.World w = fixtures.world();
        Session draft = users.as(w.secretariat, () -> scheduling.create(w.code(), new Session.Input(
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
        for (Account chairSide : List.of(w.secretariat, w.officer)) {
            FormBrowser b = new FormBrowser(port);
            assertThat(b.login(chairSide.email(), TestUsers.PASSWORD)).isTrue();
            assertThat(b.get(console).statusCode()).as(chairSide.name()).isEqualTo(200);
            assertThat(b.get(console).body()).contains("Unannounced closed workshop");
        }
    }
}
