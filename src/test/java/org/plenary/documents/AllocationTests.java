package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Role;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Agenda item 8: allocation and statuses by the secretariat and the meeting's chairs, each change
 * recorded; late contributions (X-DOC-4) held, admitted by the secretariat, then decided by the
 * meeting; withdrawn documents keep their number.
 */
@IntegrationTest
class AllocationTests extends DocumentTestBase {

    @Autowired
    MutableClock clock;

    Account chair;

    @BeforeEach
    void setUp() {
        meetingWithDelegate(LocalDate.of(2026, 11, 2), MembershipCategory.SECTOR_MEMBER);
        chair = fixtures.officer(meeting);
    }

    Document contribution(boolean late) {
        return fixtures.contribution(meeting, delegate, new Submissions.ContributionForm("Proposal for a new work item",
                List.of(), "A. Delegate", List.of(), List.of(12), List.of(), "8", "Proposal", false, late), "p.pdf",
                TestFiles.pdf());
    }

    @Test
    void chairsAllocateAndMoveDocumentsThroughTheirStatusesEachStepRecorded() {
        Document c = contribution(false);
        Document allocated = users.as(chair, () -> allocation.allocate(c.id(), List.of(12, 13), List.of(3),
                List.of("8", "13")));
        assertThat(allocated.status()).isEqualTo(DocumentStatus.ALLOCATED);
        assertThat(allocated.questions()).containsExactly(12, 13);
        assertThat(allocated.agendaItems()).containsExactly("8", "13");
        users.as(chair, () -> allocation.changeStatus(c.id(), DocumentStatus.PRESENTED, null));
        assertThatThrownBy(() -> users.as(chair, () -> allocation.changeStatus(c.id(), DocumentStatus.REVISED, "nothing")))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.revisionRequired"));
        Document other = contribution(false);
        Document revised = users.as(fixtures.secretariat(), () -> allocation.changeStatus(c.id(),
                DocumentStatus.REVISED, other.reference()));
        assertThat(revised.revisedBy()).isEqualTo(other.reference());
        assertThatThrownBy(() -> users.as(chair, () -> allocation.changeStatus(c.id(), DocumentStatus.AGREED, null)))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.statusNotAllowed"));

        List<DocumentEvent> history = users.as(chair, () -> reading.history(c.id()));
        assertThat(history).extracting(DocumentEvent::kind)
                .containsExactly("SUBMITTED", "ALLOCATED", "STATUS", "STATUS", "STATUS");
        assertThat(history).extracting(DocumentEvent::detail).contains("ALLOCATED", "PRESENTED",
                "REVISED → " + other.reference());
        assertThat(history.get(1).actor()).isEqualTo(chair.id());
    }

    @Test
    void onlyTheSecretariatAndTheMeetingsChairsAllocate() {
        Document c = contribution(false);
        Account otherChair = users.create("Other chair", Role.CHAIR);
        for (Account a : new Account[] {delegate, otherChair}) {
            assertThatThrownBy(() -> users.as(a, () -> allocation.allocate(c.id(), List.of(12), List.of(), List.of())))
                    .isInstanceOfSatisfying(PlenaryException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        }
        assertThatThrownBy(() -> users.as(chair, () -> allocation.setPublic(c.id(), true)))
                .as("only the secretariat makes documents public").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(chair, () -> allocation.allocate(c.id(), List.of(3), List.of(), List.of())))
                .as("Q3/12 does not exist").isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.questionUnknown"));
    }

    @Test
    void aWithdrawnDocumentKeepsItsNumberAndTheNextOneIsNotReused() {
        Document c = contribution(false);
        Document withdrawn = users.as(chair, () -> allocation.changeStatus(c.id(), DocumentStatus.WITHDRAWN, null));
        assertThat(withdrawn.reference()).isEqualTo(c.reference());
        assertThat(withdrawn.status()).isEqualTo(DocumentStatus.WITHDRAWN);
        Document next = contribution(false);
        assertThat(next.number()).isEqualTo(c.number() + 1);
        assertThat(reading.contributionCount(meeting.id(), delegate.id()))
                .as("L-FEL-5: contributions count as active participation, withdrawn ones do not").isEqualTo(1);
        assertThat(users.as(delegate, () -> reading.list(meeting.code(), DocumentFilter.all())))
                .extracting(Document::reference).contains(c.reference(), next.reference());
        assertThatThrownBy(() -> users.as(chair, () -> allocation.allocate(c.id(), List.of(12), List.of(), List.of())))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.withdrawn"));
    }

    @Test
    void aLateContributionIsHeldUntilTheSecretariatAdmitsItAndThenTheMeetingDecides() {
        clock.set(Instant.parse("2026-10-25T12:00:00Z")); // after the 20 October deadline
        Document late = contribution(true);
        assertThat(late.late()).isTrue();
        assertThat(late.lateDecision()).isEqualTo(LateDecision.HELD_FOR_NEXT_MEETING);
        assertThatThrownBy(() -> users.as(chair, () -> allocation.allocate(late.id(), List.of(12), List.of(), List.of())))
                .as("held documents do not appear on the agenda").isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.lateNotAdmitted"));
        assertThatThrownBy(() -> users.as(chair, () -> allocation.decideLate(late.id(), LateDecision.ADMITTED, null)))
                .as("the chair cannot admit").isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.secretariatOnly"));
        assertThatThrownBy(() -> users.as(chair, () -> allocation.decideLate(late.id(), LateDecision.CONSIDERED, null)))
                .as("the meeting decides only on an admitted one").isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.lateDecisionNotAllowed"));

        users.as(fixtures.secretariat(), () -> allocation.decideLate(late.id(), LateDecision.ADMITTED,
                "Of extreme importance"));
        Document considered = users.as(chair, () -> allocation.decideLate(late.id(), LateDecision.CONSIDERED,
                "WP3 agreed to consider it"));
        assertThat(considered.lateDecision()).isEqualTo(LateDecision.CONSIDERED);
        assertThat(users.as(chair, () -> allocation.allocate(late.id(), List.of(12), List.of(3), List.of("13")))
                .status()).isEqualTo(DocumentStatus.ALLOCATED);
        assertThat(users.as(chair, () -> reading.history(late.id()))).extracting(DocumentEvent::kind)
                .containsExactly("SUBMITTED_LATE", "LATE_ADMITTED", "LATE_CONSIDERED", "ALLOCATED", "STATUS");

        clock.set(TestClockConfig.START);
        Document onTime = contribution(false);
        assertThatThrownBy(() -> users.as(fixtures.secretariat(),
                () -> allocation.decideLate(onTime.id(), LateDecision.ADMITTED, null)))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.notLate"));
    }
}
