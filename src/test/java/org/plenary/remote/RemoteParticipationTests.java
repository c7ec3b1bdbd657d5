package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.notifications.OutboxMail;
import org.plenary.notifications.OutboxQueries;
import org.plenary.remote.RemoteFixtures.Participant;
import org.plenary.remote.RemoteParticipation.Standing;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** L-RP-1..3: who may take part remotely, requests and grants, and join links. */
@IntegrationTest
class RemoteParticipationTests extends RemoteTestBase {

    @Autowired
    AttendanceLists attendance;
    @Autowired
    OutboxQueries outbox;

    RemoteFixtures.World w;
    Participant amina;

    @BeforeEach
    void world() {
        w = fixtures.world();
        amina = w.participant("Amina Diallo", "SN", "female", false);
    }

    static void refused(HttpStatus status, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PlenaryException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void openingAndClosingPlenariesAreOpenWithoutARequest() {
        assertThat(users.as(amina.account(), () -> remote.standing(w.code(), w.opening.id())))
                .isEqualTo(Standing.ALWAYS_OPEN);
        refused(HttpStatus.CONFLICT, "remote.request.notNeeded",
                () -> users.as(amina.account(), () -> remote.request(w.code(), w.opening.id())));
        assertThat(users.as(amina.account(), () -> remote.issueLink(w.code(), w.opening.id())))
                .matches("/remote/join/[A-Za-z0-9_-]{43}");
    }

    @Test
    void anyOtherSessionNeedsARequestThatAnOfficerOrTheSecretariatGrants() {
        assertThat(users.as(amina.account(), () -> remote.standing(w.code(), w.workshop.id())))
                .isEqualTo(Standing.MAY_REQUEST);
        refused(HttpStatus.FORBIDDEN, "remote.notAllowed",
                () -> users.as(amina.account(), () -> remote.issueLink(w.code(), w.workshop.id())));
        RemoteRequest r = users.as(amina.account(), () -> remote.request(w.code(), w.workshop.id()));
        assertThat(r.status()).isEqualTo(RemoteRequest.Status.REQUESTED);
        refused(HttpStatus.CONFLICT, "remote.request.duplicate",
                () -> users.as(amina.account(), () -> remote.request(w.code(), w.workshop.id())));

        Account otherChair = users.create("Chair elsewhere", Role.CHAIR);
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly", () -> users.as(otherChair, () -> remote.grant(w.code(), r.id())));
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly",
                () -> users.as(amina.account(), () -> remote.grant(w.code(), r.id())));
        assertThat(users.as(w.officer, () -> remote.grant(w.code(), r.id())).status())
                .isEqualTo(RemoteRequest.Status.GRANTED);
        refused(HttpStatus.CONFLICT, "remote.request.alreadyDecided",
                () -> users.as(w.secretariat, () -> remote.refuse(w.code(), r.id())));
        assertThat(users.as(amina.account(), () -> remote.standing(w.code(), w.workshop.id())))
                .isEqualTo(Standing.GRANTED);
        assertThat(users.as(amina.account(), () -> remote.issueLink(w.code(), w.workshop.id()))).startsWith("/remote/join/");
        assertThat(outbox.to(amina.account().email())).extracting(OutboxMail::subject)
                .contains("[" + w.code() + "] Remote participation granted: Workshop on QoE");
        assertThat(outbox.to(amina.account().email())).anySatisfy(mail -> assertThat(mail.body())
                .contains("https://plenary.test.example/remote/meetings/" + w.code()));

        Participant bo = w.participant("Bo Li", "CN", "male", false);
        RemoteRequest r2 = users.as(bo.account(), () -> remote.request(w.code(), w.workshop.id()));
        assertThat(users.as(w.secretariat, () -> remote.refuse(w.code(), r2.id())).status())
                .isEqualTo(RemoteRequest.Status.REFUSED);
        refused(HttpStatus.FORBIDDEN, "remote.notAllowed",
                () -> users.as(bo.account(), () -> remote.issueLink(w.code(), w.workshop.id())));
        assertThat(outbox.to(bo.account().email())).extracting(OutboxMail::subject)
                .contains("[" + w.code() + "] Remote participation refused: Workshop on QoE");
    }

    @Test
    void aRequestLaterThan24HoursBeforeTheStartIsRefusedAndNothingIsStored() {
        Instant deadline = w.start(w.workshop).minus(Duration.ofHours(24));
        clock.set(deadline.plusSeconds(1));
        refused(HttpStatus.CONFLICT, "remote.request.tooLate",
                () -> users.as(amina.account(), () -> remote.request(w.code(), w.workshop.id())));
        assertThatThrownBy(() -> users.as(amina.account(), () -> remote.request(w.code(), w.workshop.id())))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.args()).containsExactly("2026-09-14 14:30 Europe/Zurich"));
        assertThat(users.as(amina.account(), () -> remote.myRequests(w.code()))).isEmpty();
        assertThat(users.as(amina.account(), () -> remote.standing(w.code(), w.workshop.id())))
                .isEqualTo(Standing.TOO_LATE);

        clock.set(deadline);
        assertThat(users.as(amina.account(), () -> remote.request(w.code(), w.workshop.id())).status())
                .as("exactly 24 hours ahead is still in time").isEqualTo(RemoteRequest.Status.REQUESTED);
    }

    @Test
    void onlyPeopleRegisteredForTheMeetingMayRequestOrJoin() {
        Account stranger = users.create("Not registered", Role.DELEGATE);
        refused(HttpStatus.FORBIDDEN, "remote.notRegistered",
                () -> users.as(stranger, () -> remote.request(w.code(), w.workshop.id())));
        refused(HttpStatus.FORBIDDEN, "remote.notRegistered",
                () -> users.as(stranger, () -> remote.issueLink(w.code(), w.opening.id())));
        assertThat(users.as(stranger, () -> remote.standing(w.code(), w.opening.id())))
                .isEqualTo(Standing.NOT_REGISTERED);
        assertThat(users.as(w.secretariat, () -> remote.requests(w.code()))).isEmpty();
    }

    @Test
    void aJoinLinkWorksOnlyForItsOwnerWithinTheSessionsWindowUntilRevoked() {
        String link = users.as(amina.account(), () -> remote.issueLink(w.code(), w.opening.id()));
        String token = link.substring("/remote/join/".length());
        Participant bo = w.participant("Bo Li", "CN", "male", false);

        refused(HttpStatus.CONFLICT, "remote.join.outsideWindow", () -> users.as(amina.account(), () -> remote.join(token)));
        clock.set(w.start(w.opening).minus(Duration.ofMinutes(5)));
        refused(HttpStatus.FORBIDDEN, "remote.join.notYours", () -> users.as(bo.account(), () -> remote.join(token)));
        assertThat(users.as(w.secretariat, () -> attendance.ofSession(w.code(), w.opening.id())))
                .as("a refused join records nothing").isEmpty();

        String url = users.as(amina.account(), () -> remote.join(token));
        assertThat(url).isEqualTo("https://meet.jit.si/plenary-" + w.opening.id() + "?jwt=" + token);
        assertThat(users.as(w.secretariat, () -> attendance.ofSession(w.code(), w.opening.id())))
                .extracting(AttendanceRow::name, AttendanceRow::inRoom).containsExactly(
                        Assertions.tuple("Amina Diallo", false));

        clock.set(w.start(w.opening).plus(Duration.ofHours(3)).plusSeconds(1));
        refused(HttpStatus.CONFLICT, "remote.join.outsideWindow", () -> users.as(amina.account(), () -> remote.join(token)));

        clock.set(w.start(w.opening));
        String second = users.as(amina.account(), () -> remote.issueLink(w.code(), w.opening.id()));
        refused(HttpStatus.CONFLICT, "remote.join.revoked", () -> users.as(amina.account(), () -> remote.join(token)));
        users.as(w.officer, () -> remote.revokeLinks(w.code(), w.opening.id(), amina.id()));
        refused(HttpStatus.CONFLICT, "remote.join.revoked", () -> users.as(amina.account(),
                () -> remote.join(second.substring("/remote/join/".length()))));
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly",
                () -> users.as(bo.account(), () -> remote.revokeLinks(w.code(), w.opening.id(), amina.id())));
        refused(HttpStatus.NOT_FOUND, "remote.join.unknown", () -> users.as(amina.account(), () -> remote.join("forged")));
    }
}
