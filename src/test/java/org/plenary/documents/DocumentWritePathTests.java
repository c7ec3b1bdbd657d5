package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.SqlStatements.Counted;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: every acceptance of a study group's documents waits for the counter's row, which stays
 * locked until the commit (gap-free numbers). So the number is taken last, in the one statement that
 * also writes the document, its first version and its event (nothing else runs while the row is held
 * for a TD without Questions), and everything before it is cut to what a TD needs: the meeting's
 * summary row by its code (its agenda only when an agenda item is proposed), no officer lookup for the
 * secretariat. The bounds fail when a removed statement comes back.
 */
@IntegrationTest
class DocumentWritePathTests {

    @Autowired
    TestUsers users;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    Submissions submissions;

    @Test
    void aTdIsNumberedLastInTheStatementThatWritesItAndTheNextOneGetsTheNextNumber() {
        String meeting = fixtures.meeting(LocalDate.of(2026, 11, 16)).code();
        Account secretariat = fixtures.secretariat();
        Counted<Document> first = users.as(secretariat, () -> SqlStatements.count(() -> td(meeting)));
        Document second = users.as(secretariat, () -> td(meeting));

        List<String> sql = first.sql();
        List<String> counter = sql.stream().filter(q -> q.contains("documents_counter")).toList();
        assertThat(counter).as("%s", sql).singleElement().satisfies(q -> assertThat(q)
                .contains("insert into documents_document", "insert into documents_version",
                        "insert into documents_event"));
        assertThat(sql.get(sql.size() - 1)).as("the number is the transaction's last statement")
                .isEqualTo(counter.get(0));
        assertThat(first.starting("insert into documents_")).as("no row written on its own: %s", sql).isZero();
        assertThat(first.starting("select id from meetings_meeting")).as("no officer lookup for the secretariat")
                .isZero();
        assertThat(first.starting("select m.*, sg.number")).as("no full meeting without an agenda item").isZero();
        assertThat(first.starting("select m.id, m.code")).as("the meeting's summary, read once").isEqualTo(1);
        assertThat(first.statements()).as("%s", sql).isLessThanOrEqualTo(BOUND_TD);
        assertThat(second.number()).isEqualTo(first.result().number() + 1);
    }

    @Test
    void aTdProposingAnAgendaItemHasItCheckedAgainstTheMeetingsAgenda() {
        String meeting = fixtures.meeting(LocalDate.of(2026, 11, 23)).code();
        Account secretariat = fixtures.secretariat();
        Counted<Document> proposed = users.as(secretariat, () -> SqlStatements.count(() -> td(meeting, "8")));
        assertThat(proposed.result().proposedAgendaItem()).isEqualTo("8");
        assertThat(proposed.starting("select m.*, sg.number")).as("the meeting with its agenda, read once (one statement)")
                .isEqualTo(1);

        assertThatThrownBy(() -> users.as(secretariat, () -> td(meeting, "99")))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.agendaItemUnknown"));
        assertThat(users.as(secretariat, () -> td(meeting)).number()).isEqualTo(proposed.result().number() + 1);
    }

    private Document td(String meeting) {
        return td(meeting, null);
    }

    private Document td(String meeting, String agendaItem) {
        return submissions.submitTd(meeting, new Submissions.TdForm("Write path", "GEN", "TSB", "", List.of(),
                List.of(), agendaItem, "", null),
                new Submissions.Upload("td.pdf", new ByteArrayInputStream(TestFiles.pdf())));
    }

    /**
     * Measured: 7 (the meeting's summary, the study group's four, the bytes' guard, the numbered insert);
     * 16 before issue 15's third pass (the officer's meeting id, the meeting with its five children, the
     * number, then the document, version and event inserts each on their own), 18 before its second.
     */
    private static final long BOUND_TD = 7;
}
