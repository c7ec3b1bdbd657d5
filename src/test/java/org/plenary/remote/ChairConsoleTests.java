package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.remote.RemoteParticipationTests.refused;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.registration.CheckInDesk;
import org.plenary.remote.RemoteFixtures.Participant;
import org.plenary.shared.Csv;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/** The chair's console: queue, floor, cut-off (L-RP-4), chat, voice quality; attendance and L-MTG-2. */
@IntegrationTest
class ChairConsoleTests extends RemoteTestBase {

    @Autowired
    AttendanceLists attendance;
    @Autowired
    CheckInDesk desk;

    RemoteFixtures.World w;
    Participant remoteOne;
    Participant roomOne;

    @BeforeEach
    void sessionUnderWay() {
        w = fixtures.world();
        remoteOne = w.participant("Amina Diallo", "SN", "female", false);
        roomOne = w.participant("Jean Dupont", "FR", "male", true);
        clock.set(w.start(w.opening).plus(Duration.ofMinutes(10)));
        w.joinRemotely(remoteOne, w.opening);
        users.as(w.secretariat, () -> attendance.scanAtDoor(w.code(), w.opening.id(), roomOne.badge().toLowerCase()));
    }

    private ChairConsole.State state(Account who) {
        return users.as(who, () -> console.state(w.code(), w.opening.id()));
    }

    @Test
    void handsFromTheRoomAndRemotelyQueueInOrderAndTheChairGivesAndWithdrawsTheFloor() {
        users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null));
        users.as(w.officer, () -> console.raiseHand(w.code(), w.opening.id(), roomOne.id()));
        assertThat(state(w.officer).queue()).extracting(ChairConsole.Speaker::name, ChairConsole.Speaker::remote)
                .containsExactly(tuple("Amina Diallo", true), tuple("Jean Dupont", false));
        refused(HttpStatus.CONFLICT, "remote.hand.alreadyRaised",
                () -> users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null)));
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly",
                () -> users.as(remoteOne.account(), () -> console.giveFloor(w.code(), w.opening.id(), remoteOne.id())));

        users.as(w.officer, () -> console.giveFloor(w.code(), w.opening.id(), remoteOne.id()));
        ChairConsole.State s = state(remoteOne.account());
        assertThat(s.floor().accountId()).isEqualTo(remoteOne.id());
        assertThat(s.queue()).extracting(ChairConsole.Speaker::name).containsExactly("Jean Dupont");
        assertThat(s.chair()).isFalse();
        refused(HttpStatus.CONFLICT, "remote.floor.notInQueue",
                () -> users.as(w.officer, () -> console.giveFloor(w.code(), w.opening.id(), remoteOne.id())));
        users.as(w.secretariat, () -> console.withdrawFloor(w.code(), w.opening.id()));
        assertThat(state(w.officer).floor()).isNull();
    }

    @Test
    void aForgedHandRaiseForSomeoneElseIsRefusedAndChangesNothing() {
        refused(HttpStatus.FORBIDDEN, "remote.hand.notYours",
                () -> users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), roomOne.id())));
        refused(HttpStatus.FORBIDDEN, "remote.hand.onlyRoomForOthers",
                () -> users.as(w.officer, () -> console.raiseHand(w.code(), w.opening.id(), remoteOne.id())));
        Participant absent = w.participant("Not here", "DE", null, false);
        refused(HttpStatus.FORBIDDEN, "remote.console.notPresent",
                () -> users.as(absent.account(), () -> console.raiseHand(w.code(), w.opening.id(), null)));
        refused(HttpStatus.FORBIDDEN, "remote.console.notPresent",
                () -> users.as(absent.account(), () -> console.state(w.code(), w.opening.id())));
        // someone with no part in the meeting is told so, not asked to join a session they may not join
        Account stranger = users.create("No part in it", Role.DELEGATE);
        refused(HttpStatus.FORBIDDEN, "remote.console.notTakingPart",
                () -> users.as(stranger, () -> console.state(w.code(), w.opening.id())));
        assertThat(state(w.officer).queue()).isEmpty();

        var api = new TestHttp(port).as(remoteOne.account().email(), TestUsers.PASSWORD);
        var r = api.post("/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/hands",
                TestHttp.json(Map.of("account", roomOne.id().toString())));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).isEqualTo("You can raise only your own hand.");
        assertThat(state(w.officer).queue()).isEmpty();
        assertThat(api.post("/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/hands", "{}")
                .status()).isEqualTo(204);
        assertThat(state(w.officer).queue()).extracting(ChairConsole.Speaker::accountId).containsExactly(remoteOne.id());
    }

    @Test
    void aRemoteSpeakerCutOffLeavesTheFloorAndStaysOffTheQueueUntilRestored() {
        users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null));
        users.as(w.officer, () -> console.giveFloor(w.code(), w.opening.id(), remoteOne.id()));
        refused(HttpStatus.CONFLICT, "remote.cutOff.notRemote",
                () -> users.as(w.officer, () -> console.cutOff(w.code(), w.opening.id(), roomOne.id())));

        users.as(w.officer, () -> console.cutOff(w.code(), w.opening.id(), remoteOne.id()));
        ChairConsole.State s = state(remoteOne.account());
        assertThat(s.floor()).isNull();
        assertThat(s.viewerCutOff()).isTrue();
        refused(HttpStatus.CONFLICT, "remote.hand.cutOff",
                () -> users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null)));
        assertThat(state(w.officer).queue()).isEmpty();
        assertThat(state(w.officer).cutOff()).extracting(ChairConsole.Speaker::accountId).containsExactly(remoteOne.id());

        users.as(w.officer, () -> console.restore(w.code(), w.opening.id(), remoteOne.id()));
        refused(HttpStatus.CONFLICT, "remote.restore.notCutOff",
                () -> users.as(w.officer, () -> console.restore(w.code(), w.opening.id(), remoteOne.id())));
        users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null));
        assertThat(state(w.officer).queue()).extracting(ChairConsole.Speaker::accountId).containsExactly(remoteOne.id());
    }

    @Test
    void theChatIsModeratedHiddenMessagesDisappearForParticipants() {
        long id = users.as(remoteOne.account(), () -> console.post(w.code(), w.opening.id(), "  Running late, 2 min  "));
        users.as(roomOne.account(), () -> console.post(w.code(), w.opening.id(), "Please keep to time"));
        refused(HttpStatus.BAD_REQUEST, "remote.chat.empty",
                () -> users.as(roomOne.account(), () -> console.post(w.code(), w.opening.id(), "   ")));
        refused(HttpStatus.BAD_REQUEST, "remote.chat.tooLong",
                () -> users.as(roomOne.account(), () -> console.post(w.code(), w.opening.id(), "x".repeat(1001))));
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly",
                () -> users.as(roomOne.account(), () -> console.hide(w.code(), w.opening.id(), id)));
        users.as(w.officer, () -> console.hide(w.code(), w.opening.id(), id));
        assertThat(state(roomOne.account()).chat()).extracting(ChairConsole.ChatLine::body)
                .containsExactly("Please keep to time");
        assertThat(state(w.officer).chat()).extracting(ChairConsole.ChatLine::body, ChairConsole.ChatLine::hidden)
                .containsExactly(tuple("Running late, 2 min", true), tuple("Please keep to time", false));
    }

    @Test
    void voiceQualityIsRatedWithTheEModelShownNextToTheRemoteSpeakerAndPoorLinesFlagged() {
        String path = "/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/quality";
        var api = new TestHttp(port).as(remoteOne.account().email(), TestUsers.PASSWORD);
        var bad = api.post(path, "{\"delayMs\":-5,\"jitterMs\":2,\"lossPercent\":0,\"codec\":\"G.711\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("delay");
        assertThat(api.post(path, "{\"delayMs\":50,\"jitterMs\":2,\"lossPercent\":150,\"codec\":\"G.711\"}").status())
                .isEqualTo(400);
        assertThat(api.post(path, "{\"delayMs\":50,\"jitterMs\":2,\"lossPercent\":1,\"codec\":\"speex\"}").status())
                .isEqualTo(400);
        assertThat(api.post(path, "{\"jitterMs\":2,\"lossPercent\":1,\"codec\":\"G.711\"}").status()).isEqualTo(400);
        users.as(remoteOne.account(), () -> console.raiseHand(w.code(), w.opening.id(), null));
        assertThat(state(w.officer).queue().get(0).quality()).as("nothing stored from refused reports").isNull();

        var good = api.post(path, "{\"delayMs\":0,\"jitterMs\":0,\"lossPercent\":0,\"codec\":\"G.711+PLC\"}");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("r").asDouble()).isEqualTo(93.2);
        assertThat(good.json().get("mos").asDouble()).isEqualTo(4.41);
        assertThat(good.json().get("poor").asBoolean()).isFalse();

        var poor = api.post(path, "{\"delayMs\":450,\"jitterMs\":40,\"lossPercent\":8,\"codec\":\"G.729A\"}");
        assertThat(poor.json().get("poor").asBoolean()).isTrue();
        ChairConsole.Speaker speaker = state(w.officer).queue().get(0);
        assertThat(speaker.quality().poor()).isTrue();
        assertThat(speaker.quality().codec()).isEqualTo("G.729A");
        assertThat(speaker.quality().r()).isLessThan(60);

        var roomApi = new TestHttp(port).as(roomOne.account().email(), TestUsers.PASSWORD);
        assertThat(roomApi.post(path, "{\"delayMs\":10,\"jitterMs\":1,\"lossPercent\":0,\"codec\":\"G.711\"}").status())
                .as("only remote participants report").isEqualTo(403);
    }

    @Test
    void attendanceByModeAndOnlyThosePhysicallyPresentMayTakePartInADecision() {
        assertThatThrownBy(() -> users.as(w.officer, () -> attendance.scanAtDoor(w.code(), w.opening.id(),
                roomOne.badge()))).as("only the secretariat runs the door").isInstanceOf(AccessDeniedException.class);
        refused(HttpStatus.NOT_FOUND, "remote.door.unknownBadge",
                () -> users.as(w.secretariat, () -> attendance.scanAtDoor(w.code(), w.opening.id(), "NOPE")));
        refused(HttpStatus.FORBIDDEN, "remote.chairOnly",
                () -> users.as(roomOne.account(), () -> attendance.decisionList(w.code(), w.opening.id())));

        assertThat(users.as(w.officer, () -> attendance.decisionList(w.code(), w.opening.id())))
                .extracting(AttendanceRow::name).containsExactly("Jean Dupont");
        var rows = users.as(w.officer, () -> attendance.ofMeeting(w.code()));
        assertThat(rows).extracting(AttendanceRow::name, AttendanceRow::inRoom, AttendanceRow::country,
                AttendanceRow::region, AttendanceRow::gender).containsExactlyInAnyOrder(
                        tuple("Amina Diallo", false, "SN", org.plenary.directory.ItuRegion.AFRICA, "female"),
                        tuple("Jean Dupont", true, "FR", org.plenary.directory.ItuRegion.EUROPE, "male"));
        AttendanceLists.Breakdown b = attendance.breakdown(rows, Locale.ENGLISH);
        assertThat(b.people()).isEqualTo(2);
        assertThat(b.inRoom()).isEqualTo(1);
        assertThat(b.remote()).isEqualTo(1);
        assertThat(b.byRegion()).containsEntry("AFRICA", 1L).containsEntry("EUROPE", 1L);
        assertThat(b.byGender()).containsEntry("female", 1L).containsEntry("male", 1L);
        assertThat(b.byCountry()).containsEntry("France", 1L).containsEntry("Senegal", 1L);

        String csv = AttendanceLists.csv(rows, Map.of(w.opening.id(), "Opening, plenary"));
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("session,name,organisation,country,region,gender,mode,first_seen\r\n")
                .contains("\"Opening, plenary\",Jean Dupont,").contains(",FR,EUROPE,male,room,")
                .contains(",SN,AFRICA,female,remote,");
        assertThat(Csv.read(AttendanceLists.csv(rows, Map.of(w.opening.id(), "=HYPERLINK(\"x\")"))).get(1))
                .as("a session title is never a formula").startsWith("'=HYPERLINK(\"x\")");

        var api = new TestHttp(port).as(w.officer.email(), TestUsers.PASSWORD);
        var list = api.get("/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/decision-list");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("name").asString()).isEqualTo("Jean Dupont");
    }

    @Test
    void aCheckInAtTheRegistrationDeskCountsAsPresenceFromTheArrivalOn() {
        Participant atDesk = w.participant("Li Wei", "CN", "male", true);
        Participant late = w.participant("Zora Late", "KE", "female", true);
        assertThat(users.as(w.officer, () -> attendance.decisionList(w.code(), w.opening.id())))
                .extracting(AttendanceRow::name).containsExactly("Jean Dupont");

        users.as(w.secretariat, () -> desk.checkIn(w.meeting.id(), atDesk.badge()));
        assertThat(users.as(w.officer, () -> attendance.decisionList(w.code(), w.opening.id())))
                .as("the desk check-in makes the delegate present").extracting(AttendanceRow::name)
                .containsExactly("Jean Dupont", "Li Wei");

        clock.set(ZonedDateTime.of(w.opening.day(), w.opening.end(), w.meeting.zone()).toInstant().plusSeconds(60));
        users.as(w.secretariat, () -> desk.checkIn(w.meeting.id(), late.badge()));
        assertThat(users.as(w.officer, () -> attendance.decisionList(w.code(), w.opening.id())))
                .as("arrived after the session ended").extracting(AttendanceRow::name)
                .containsExactly("Jean Dupont", "Li Wei");
        assertThat(users.as(w.officer, () -> attendance.decisionList(w.code(), w.workshop.id())))
                .as("present at the venue for the next day's session; the door scan was the opening's only")
                .extracting(AttendanceRow::name, AttendanceRow::inRoom)
                .containsExactly(tuple("Li Wei", true), tuple("Zora Late", true));
    }

    /** Issue 15: the console's decision list reads its people in a fixed number of statements, not one per person. */
    @Test
    void theDecisionListCostsTheSameStatementsWhateverTheNumberOfPeoplePresent() {
        long one = decisionListStatements(1);
        for (int i = 0; i < 4; i++) {
            Participant p = w.participant("Present " + i, "KE", "female", true);
            users.as(w.secretariat, () -> desk.checkIn(w.meeting.id(), p.badge()));
        }
        long five = decisionListStatements(5);
        assertThat(five).as("statements for five people present next to one").isEqualTo(one);
    }

    private long decisionListStatements(int people) {
        var counted = org.plenary.support.SqlStatements.count(
                () -> users.as(w.officer, () -> attendance.decisionList(w.code(), w.opening.id())));
        assertThat(counted.result()).hasSize(people).allSatisfy(r -> {
            assertThat(r.name()).isNotEqualTo("?");
            assertThat(r.organisation()).isNotNull();
        });
        return counted.statements();
    }
}
