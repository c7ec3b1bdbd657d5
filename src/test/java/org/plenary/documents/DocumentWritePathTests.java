package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.SqlStatements.Counted;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: every acceptance of a study group's documents waits for the counter's row, which stays
 * locked until the commit (gap-free numbers); the number is taken in one statement, so that the wait
 * behind each acceptance is not lengthened by a second round trip, and the meeting's row is read by
 * its code directly. The bounds fail when a removed statement comes back.
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
    void aTdIsNumberedInOneStatementAndTheNextOneGetsTheNextNumber() {
        String meeting = fixtures.meeting(LocalDate.of(2026, 11, 16)).code();
        Account secretariat = fixtures.secretariat();
        Counted<Document> first = users.as(secretariat, () -> SqlStatements.count(() -> td(meeting)));
        Document second = users.as(secretariat, () -> td(meeting));

        assertThat(first.starting("insert into documents_counter")).as("%s", first.sql()).isEqualTo(1);
        assertThat(first.starting("update documents_counter")).as("%s", first.sql()).isZero();
        assertThat(first.starting("select id from meetings_meeting")).as("the officer check's id only").isEqualTo(1);
        assertThat(first.starting("select m.*, sg.number")).as("the meeting's row, read once").isEqualTo(1);
        assertThat(first.statements()).as("%s", first.sql()).isLessThanOrEqualTo(BOUND_TD);
        assertThat(second.number()).isEqualTo(first.result().number() + 1);
    }

    private Document td(String meeting) {
        return submissions.submitTd(meeting, new Submissions.TdForm("Write path", "GEN", "TSB", "", List.of(),
                List.of(), null, "", null), new Submissions.Upload("td.pdf", new ByteArrayInputStream(TestFiles.pdf())));
    }

    /**
     * Measured: 16; 17 with the counter's row inserted-if-missing then updated (the break run), 18 before issue
     * 15's second pass (the meeting's id was also read before its row).
     */
    private static final long BOUND_TD = 16;
}
