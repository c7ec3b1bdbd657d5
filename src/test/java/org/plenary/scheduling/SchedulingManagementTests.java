package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.scheduling.solver.ScheduleConstraints;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SchedulingManagementTests extends SchedulingTestBase {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);
    static final LocalDate TUE = MON.plusDays(1);

    @Autowired
    RoomManagement roomManagement;
    @Autowired
    ScheduleSolving solving;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    SessionLabels labels;

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (PlenaryException e) {
            return e.messageKey();
        }
        return "accepted";
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON, "09:30",
                    "12:30", f.small(), true));
            assertThat(key(() -> editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION,
                    List.of(5), null, MON.plusDays(10), "09:30", "12:30", f.big(), false))))
                    .isEqualTo("scheduling.session.dayOutside");
            assertThat(key(() -> editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION,
                    List.of(5), null, MON, "12:30", "09:30", f.big(), false))))
                    .isEqualTo("scheduling.session.endBeforeStart");
            assertThat(key(() -> editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION,
                    List.of(5), null, MON, "11:00", "12:00", f.small(), true))))
                    .isEqualTo("scheduling.session.roomDoubleBooked");
            assertThat(key(() -> editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION,
                    List.of(99), null, MON, "14:30", "17:30", f.big(), false))))
                    .isEqualTo("scheduling.session.unknownQuestion");
            assertThat(key(() -> roomManagement.addRoom(f.venue(), "Minus", "Tower", "0", -1, 0, false, Set.of())))
                    .isEqualTo("scheduling.room.capacityNegative");
            var interpreted = new Session.Input(SessionKind.QUESTION, null, List.of(5), null, null, null, null, null,
                    null, List.of("fr"), false, 10, false, 0, null, Set.of(), null);
            assertThat(key(() -> editing.create(f.code(), interpreted)))
                    .isEqualTo("scheduling.session.interpretationClosingOnly");
        });
        assertThat(editing.drafts(f.code())).hasSize(1);
        assertThat(roomManagement.roomsOfVenue(f.venue())).extracting(Room::name).doesNotContain("Minus");
    }

    @Test
    void openingAndClosingPlenariesAlwaysHaveRemoteParticipation() {
        var f = fixture.meeting();
        Session s = users.as(f.secretariat(), () -> editing.create(f.code(),
                SchedulingFixture.placed(SessionKind.SG_OPENING, List.of(), null, MON, "09:30", "10:30", f.big(), true)));
        assertThat(s.remote()).isTrue();
    }

    @Test
    void onlyTheSecretariatOrTheMeetingsOfficersChangeSessions() {
        var f = fixture.meeting();
        var delegate = users.create("Delegate", Role.DELEGATE);
        var otherChair = users.create("Other chair", Role.CHAIR);
        var request = Session.Input.request(SessionKind.QUESTION, List.of(4), 10);
        assertThatThrownBy(() -> users.as(delegate, () -> editing.create(f.code(), request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(otherChair, () -> editing.create(f.code(), request)))
                .isInstanceOf(AccessDeniedException.class);
        var chair = users.create("Chair", Role.CHAIR);
        users.as(f.secretariat(), () -> meetingSetup.addOfficer(f.code(), chair.id().value()));
        users.as(chair, () -> editing.create(f.code(), request));
        assertThatThrownBy(() -> users.as(chair, () -> publishing.publish(f.code(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(editing.drafts(f.code())).hasSize(1);
    }

    @Test
    void aDraftSessionIsEditedInPlaceAndThePublishedPlanStaysUntilPublished() {
        var f = fixture.meeting();
        var chair = users.create("Edit chair", Role.CHAIR);
        Session s = users.as(f.secretariat(), () -> {
            meetingSetup.addOfficer(f.code(), chair.id().value());
            Session x = editing.create(f.code(), new Session.Input(SessionKind.QUESTION, null, List.of(4), null, MON,
                    LocalTime.of(9, 30), LocalTime.of(12, 30), f.small().id(), "Ms Rapporteur", List.of(), false, 20,
                    false, 0, null, Set.of(TUE), null));
            publishing.publish(f.code(), "v1");
            return x;
        });
        // an officer of the meeting turns the Question meeting into a pinned joint one in the big room
        Session edited = users.as(chair, () -> editing.edit(f.code(), s.id(), new Session.Edit(
                SessionKind.JOINT_QUESTION, "  Joint on QoE  ", List.of(5, 4), null, TUE, LocalTime.of(14, 30),
                LocalTime.of(16, 0), f.big().id(), 90, 120, true)));
        assertThat(edited.id()).isEqualTo(s.id());
        assertThat(editing.drafts(f.code())).singleElement().isEqualTo(edited).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(SessionKind.JOINT_QUESTION);
            assertThat(d.title()).isEqualTo("Joint on QoE");
            assertThat(d.questions()).containsExactly(4, 5);
            assertThat(d.workingParty()).isEqualTo(s.workingParty());
            assertThat(d.day()).isEqualTo(TUE);
            assertThat(d.end()).isEqualTo(LocalTime.of(16, 0));
            assertThat(d.roomId()).isEqualTo(f.big().id());
            assertThat(d.durationMinutes()).isEqualTo(90);
            assertThat(d.attendance()).isEqualTo(120);
            assertThat(d.pinned()).isTrue();
            // what the edit does not cover stays
            assertThat(d.chair()).isEqualTo("Ms Rapporteur");
            assertThat(d.preferredDays()).containsExactly(TUE);
        });
        // the published version is a snapshot: it changes when someone publishes
        assertThat(publishing.published(f.code())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SessionKind.QUESTION);
            assertThat(p.roomId()).isEqualTo(f.small().id());
        });
        users.as(f.secretariat(), () -> publishing.publish(f.code(), "v2"));
        assertThat(publishing.published(f.code())).singleElement().isEqualTo(edited);
        assertThat(publishing.published(f.code(), 1)).singleElement().extracting(Session::kind)
                .isEqualTo(SessionKind.QUESTION);
    }

    @Test
    void aBadEditIsRefusedAndLeavesTheSessionAsItWas() {
        var f = fixture.meeting();
        var delegate = users.create("Editing delegate", Role.DELEGATE);
        Session s = users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, TUE, "09:30",
                    "12:30", f.big(), false));
            return editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.small(), false));
        });
        List<Session> before = editing.drafts(f.code());
        Session.Edit same = new Session.Edit(SessionKind.QUESTION, null, List.of(4), null, MON, LocalTime.of(9, 30),
                LocalTime.of(12, 30), f.small().id(), null, 20, false);
        users.as(f.secretariat(), () -> {
            assertThat(key(() -> editing.edit(f.code(), s.id(), new Session.Edit(SessionKind.QUESTION, null,
                    List.of(4), null, MON, LocalTime.of(12, 30), LocalTime.of(9, 30), f.small().id(), null, 20,
                    false)))).isEqualTo("scheduling.session.endBeforeStart");
            assertThat(key(() -> editing.edit(f.code(), s.id(), new Session.Edit(SessionKind.QUESTION, null,
                    List.of(4), null, TUE, LocalTime.of(10, 0), LocalTime.of(11, 0), f.big().id(), null, 20,
                    false)))).isEqualTo("scheduling.session.roomDoubleBooked");
            assertThat(key(() -> editing.edit(f.code(), s.id(), new Session.Edit(SessionKind.JOINT_QUESTION, null,
                    List.of(4), null, null, null, null, null, null, 20, false))))
                    .isEqualTo("scheduling.session.questionsForKind");
            assertThat(key(() -> editing.edit(f.code(), s.id(), new Session.Edit(SessionKind.QUESTION, null,
                    List.of(4), null, null, null, null, null, -5, 20, false))))
                    .isEqualTo("scheduling.session.durationInvalid");
            assertThat(key(() -> editing.edit(f.code(), s.id(), new Session.Edit(SessionKind.QUESTION, null,
                    List.of(4), null, null, null, null, null, null, 20, true))))
                    .isEqualTo("scheduling.session.pinNeedsPlace");
            assertThat(key(() -> editing.edit(f.code(), java.util.UUID.randomUUID(), same)))
                    .isEqualTo("scheduling.session.notFound");
        });
        assertThatThrownBy(() -> users.as(delegate, () -> editing.edit(f.code(), s.id(), same)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(editing.drafts(f.code())).isEqualTo(before);
    }

    @Test
    void aSessionOnlyInAPublishedVersionIsNotEdited() {
        var f = fixture.meeting();
        Session s = users.as(f.secretariat(), () -> {
            Session x = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null,
                    MON, "09:30", "12:30", f.small(), false));
            publishing.publish(f.code(), "v1");
            editing.delete(f.code(), x.id());
            return x;
        });
        PlenaryException refused = org.junit.jupiter.api.Assertions.assertThrows(PlenaryException.class,
                () -> users.as(f.secretariat(), () -> editing.edit(f.code(), s.id(), new Session.Edit(
                        SessionKind.QUESTION, "Changed", List.of(4), null, null, null, null, null, null, 20, false))));
        assertThat(refused.messageKey()).isEqualTo("scheduling.session.publishedOnly");
        assertThat(editing.drafts(f.code())).isEmpty();
        assertThat(publishing.published(f.code())).singleElement().extracting(Session::title).isNull();
    }

    @Test
    void solvingKeepsPinnedSessionsAndPlacesTheRequests() {
        var f = fixture.meeting();
        Session pinned = users.as(f.secretariat(), () -> {
            Session p = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null,
                    TUE, "14:30", "17:30", f.small(), true));
            // an unpinned session on the same spot: the solver must move it away from Q4's pinned place
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON,
                    "09:30", "12:30", f.small(), false));
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(4), 30));
            editing.create(f.code(), Session.Input.request(SessionKind.JOINT_QUESTION, List.of(4, 5), 30));
            editing.declareConflict(f.code(), 4, 6);
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(6), 30));
            return p;
        });
        var outcome = users.as(f.secretariat(), () -> solving.solve(f.code(), Duration.ofSeconds(3)));
        assertThat(outcome.applied()).as(outcome.report().toString()).isTrue();
        assertThat(outcome.report().feasible()).isTrue();
        List<Session> after = editing.drafts(f.code());
        assertThat(after).allMatch(Session::placed);
        assertThat(after).filteredOn(s -> s.id().equals(pinned.id())).singleElement()
                .satisfies(s -> {
                    assertThat(s.day()).isEqualTo(TUE);
                    assertThat(s.start()).isEqualTo(LocalTime.of(14, 30));
                    assertThat(s.roomId()).isEqualTo(f.small().id());
                });
        // no Question in two places, and Q6 never with Q4
        for (Session a : after) {
            for (Session b : after) {
                if (a.overlaps(b)) {
                    assertThat(a.questions()).doesNotContainAnyElementsOf(b.questions());
                    assertThat(a.questions().contains(4) && b.questions().contains(6)).isFalse();
                    assertThat(a.roomId()).isNotEqualTo(b.roomId());
                }
            }
        }
    }

    @Test
    void theSolverDoesNotBookARoomThatAnotherMeetingAtTheVenueUses() {
        var f = fixture.meeting();
        String other = "O-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.as(f.secretariat(), () -> {
            meetingSetup.create(other, 12, new org.plenary.meetings.MeetingDetails(
                    org.plenary.shared.LocalizedText.en("Other meeting"), org.plenary.shared.LocalizedText.en("Geneva"),
                    org.plenary.shared.LocalizedText.en(f.venue()), MON, MON.plusDays(2), "Europe/Zurich",
                    LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "o@example.org", null));
            // the other meeting holds the big room every half-day but Wednesday afternoon
            for (int d = 0; d < 3; d++) {
                for (String[] t : new String[][] {{"09:30", "12:30"}, {"14:30", "17:30"}}) {
                    if (d == 2 && t[0].equals("14:30")) {
                        continue;
                    }
                    editing.create(other, SchedulingFixture.placed(SessionKind.AD_HOC, List.of(), null,
                            MON.plusDays(d), t[0], t[1], f.big(), true));
                }
            }
            // 100 people fit only the big room
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(4), 100));
        });
        var outcome = users.as(f.secretariat(), () -> solving.solve(f.code(), Duration.ofSeconds(2)));
        assertThat(outcome.applied()).as(outcome.report().toString()).isTrue();
        assertThat(editing.drafts(f.code())).singleElement().satisfies(s -> {
            assertThat(s.roomId()).isEqualTo(f.big().id());
            assertThat(s.day()).isEqualTo(MON.plusDays(2));
            assertThat(s.start()).isEqualTo(LocalTime.of(14, 30));
        });
    }

    @Test
    void anInfeasibleRunIsReportedByConstraintAndLeavesDraftAndPublishedPlanUnchanged() {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.small(), false));
            publishing.publish(f.code(), "first");
            // 500 people fit no room
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(5), 500));
        });
        List<Session> before = editing.drafts(f.code());
        var outcome = users.as(f.secretariat(), () -> solving.solve(f.code(), Duration.ofSeconds(2)));
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.report().feasible()).isFalse();
        assertThat(outcome.report().hardBroken()).extracting(b -> b.constraint())
                .contains(ScheduleConstraints.ROOM_CAPACITY);
        assertThat(editing.drafts(f.code())).isEqualTo(before);
        assertThat(publishing.versions(f.code())).hasSize(1);
        assertThat(publishing.published(f.code())).hasSize(1);
    }

    @Test
    void publishedVersionsStayAndTheirDiffNamesAddedRemovedAndChangedSessions() {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            Session moved = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4),
                    null, MON, "09:30", "12:30", f.small(), false));
            Session dropped = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5),
                    null, MON, "09:30", "12:30", f.big(), false));
            Session same = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(6),
                    null, TUE, "09:30", "12:30", f.big(), false));
            assertThat(publishing.publish(f.code(), "v1")).isEqualTo(1);
            editing.update(f.code(), moved.id(), Session.Input.of(moved).at(TUE, LocalTime.of(14, 30),
                    LocalTime.of(17, 30), f.big().id()));
            editing.delete(f.code(), dropped.id());
            Session added = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(7),
                    null, MON, "14:30", "17:30", f.small(), false));
            assertThat(publishing.publish(f.code(), "v2")).isEqualTo(2);

            VersionDiff d = publishing.diff(f.code(), 1, 2);
            assertThat(d.added()).extracting(Session::id).containsExactly(added.id());
            assertThat(d.removed()).extracting(Session::id).containsExactly(dropped.id());
            assertThat(d.changed()).singleElement().satisfies(c -> {
                assertThat(c.after().id()).isEqualTo(moved.id());
                assertThat(c.fields()).containsExactly("day", "time", "room");
            });
            assertThat(d.changed()).noneMatch(c -> c.after().id().equals(same.id()));
            // the earlier version is still there as it was
            assertThat(publishing.published(f.code(), 1)).extracting(Session::id)
                    .containsExactlyInAnyOrder(moved.id(), dropped.id(), same.id());
        });
        assertThat(publishing.versions(f.code())).extracting(PublishedVersion::number).containsExactly(2, 1);
    }

    @Test
    void theDemoMeetingsPublishedSessionsReproduceAnnexB() {
        var m = meetings.get(SchedulingDemoData.CODE);
        List<SessionLabels.Row> rows = labels.timePlan(m, publishing.published(SchedulingDemoData.CODE));
        java.util.function.Function<LocalDate, SessionLabels.Row> row = d -> rows.stream()
                .filter(r -> r.day().equals(d)).findFirst().orElseThrow();
        LocalDate d = LocalDate.of(2026, 6, 8);
        assertThat(row.apply(d).morning().lines()).isEmpty();
        assertThat(row.apply(d).afternoon().lines()).containsExactly("ITU Workshop on QoS and QoE of satellite Internet services");
        assertThat(row.apply(d.plusDays(1)).morning().lines()).containsExactly("SG12 opening plenary",
                "Working party openings in sequence: WP1/12, WP2/12, WP3/12");
        assertThat(row.apply(d.plusDays(1)).afternoon().lines()).singleElement().asString()
                .startsWith("Parallel Question sessions: Q");
        assertThat(row.apply(LocalDate.of(2026, 6, 16)).afternoon().lines()).hasSize(2)
                .last().isEqualTo("Working party closings in sequence: WP3/12");
        assertThat(row.apply(LocalDate.of(2026, 6, 17)).morning().lines()).containsExactly(
                "Working party closings in sequence: WP1/12, WP2/12", "SG12 closing plenary");
        assertThat(row.apply(LocalDate.of(2026, 6, 17)).afternoon().lines()).containsExactly("SG12 closing plenary");
        assertThat(rows).filteredOn(SessionLabels.Row::weekend).hasSize(1);
        // the demo plan is feasible by the solver's own rules
        var secretariat = users.create("Reader", Role.SECRETARIAT);
        var report = users.as(secretariat, () -> solving.report(SchedulingDemoData.CODE));
        assertThat(report.hardBroken()).as(report.toString()).isEmpty();
        // interpretation only at the closing plenary
        assertThat(publishing.published(SchedulingDemoData.CODE)).filteredOn(s -> !s.interpretation().isEmpty())
                .allMatch(s -> s.kind() == SessionKind.SG_CLOSING);
    }
}
