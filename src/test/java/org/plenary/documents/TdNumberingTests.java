package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.meetings.Meeting;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: a TD's number is taken in the statement that writes the document, its version and its
 * event, as late as possible in the accepting transaction. Numbers stay gap-free and unique: TDs
 * submitted at once get consecutive numbers, each once, with the event naming the same reference; a
 * refused file takes no number; a rolled-back acceptance gives its number back.
 */
@IntegrationTest
class TdNumberingTests {

    static final int PARALLEL = 40;

    @Autowired
    TestUsers users;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    Submissions submissions;
    @Autowired
    DocumentReading reading;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void tdsSubmittedAtOnceGetConsecutiveNumbersEachOnceAndTheirEventsNameThem() throws Exception {
        Meeting meeting = fixtures.meeting(fixtures.freshStudyGroup(), LocalDate.of(2031, 5, 5));
        Account secretariat = fixtures.secretariat();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Document> accepted = new ArrayList<>();
        try {
            List<Future<Document>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                results.add(pool.submit(() -> users.as(secretariat, () -> td(meeting.code(), "Parallel " + n,
                        TestFiles.pdf("parallel " + n)))));
            }
            for (Future<Document> f : results) {
                accepted.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted.stream().map(Document::number).sorted().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PARALLEL).boxed().toList());
        assertThat(numbers(meeting)).containsExactlyElementsOf(IntStream.rangeClosed(1, PARALLEL).boxed().toList());
        for (Document d : accepted) { // the event is written by the same statement, with the same number
            List<DocumentEvent> history = users.as(secretariat, () -> reading.history(d.id()));
            assertThat(history).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo("SUBMITTED");
                assertThat(e.detail()).isEqualTo(d.reference() + " GEN");
            });
            assertThat(users.as(secretariat, () -> reading.get(d.id())).latest().revision()).isZero();
        }
    }

    @Test
    void aRefusedFileAndARolledBackAcceptanceTakeNoNumber() {
        Meeting meeting = fixtures.meeting(fixtures.freshStudyGroup(), LocalDate.of(2031, 6, 2));
        Account secretariat = fixtures.secretariat();
        Document first = users.as(secretariat, () -> td(meeting.code(), "First", TestFiles.pdf()));
        assertThat(first.number()).isEqualTo(1);

        assertThatThrownBy(() -> users.as(secretariat, () -> td(meeting.code(), "Not a PDF",
                "plain text, not a PDF".getBytes())))
                .isInstanceOf(PlenaryException.class);
        // the acceptance took its number, then its transaction rolled back: the number comes back
        Document rolledBack = users.as(secretariat, () -> tx.execute(status -> {
            Document d = td(meeting.code(), "Rolled back", TestFiles.pdf());
            status.setRollbackOnly();
            return d;
        }));
        assertThat(rolledBack.number()).isEqualTo(2);

        Document next = users.as(secretariat, () -> td(meeting.code(), "Next", TestFiles.pdf()));
        assertThat(next.number()).isEqualTo(2);
        assertThat(numbers(meeting)).containsExactly(1, 2);
        assertThat(jdbc.sql("select count(*) from documents_event where document_id = :d")
                .param("d", rolledBack.id().value()).query(Integer.class).single()).isZero();
    }

    private Document td(String meeting, String title, byte[] pdf) {
        return submissions.submitTd(meeting, new Submissions.TdForm(title, "GEN", "TSB", "", List.of(), List.of(),
                null, "", null), new Submissions.Upload("td.pdf", new ByteArrayInputStream(pdf)));
    }

    private List<Integer> numbers(Meeting m) {
        return jdbc.sql("select number from documents_document where meeting_id = :m and kind = 'TD' order by number")
                .param("m", m.id().value()).query(Integer.class).list();
    }
}
