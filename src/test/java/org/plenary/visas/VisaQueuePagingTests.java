package org.plenary.visas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.visas.VisaWorlds.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationDecisions;
import org.plenary.shared.Paging;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestUsers;
import org.plenary.visas.VisaWorlds.World;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: the secretariat's visa queue is read one page at a time, pages follow each other in
 * the queue's order, and a page costs the same statements whatever the number of requests.
 */
@IntegrationTest
class VisaQueuePagingTests {

    @Autowired
    VisaQueue queue;
    @Autowired
    VisaLetters visas;
    @Autowired
    VisaWorlds worlds;
    @Autowired
    RegistrationDecisions decisions;
    @Autowired
    TestUsers users;

    private void approved(World w, int n, boolean issue) {
        for (int i = 0; i < n; i++) {
            Account d = users.create("Visa " + unique(), Role.DELEGATE);
            Registration r = worlds.request(w, d, "Name " + i);
            if (issue) {
                worlds.approveNameAndIssue(w, d, r, "Embassy of Switzerland in Dakar");
            } else {
                users.as(w.focalPoint(), () -> decisions.approve(r.id()));
            }
        }
    }

    @Test
    void pagesFollowEachOtherInTheQueuesOrder() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        approved(w, 5, false);
        List<String> all = users.as(w.secretariat(), () -> queue.all(w.meeting().code())).stream()
                .map(e -> e.registration().id().toString()).toList();
        List<String> paged = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int p = i;
            VisaQueue.QueuePage page = users.as(w.secretariat(), () -> queue.page(w.meeting().code(), new Paging(p, 2)));
            assertThat(page.page().total()).isEqualTo(5);
            page.entries().forEach(e -> paged.add(e.registration().id().toString()));
        }
        assertThat(all).hasSize(5);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void aPageCostsTheSameStatementsWhateverTheNumberOfRequests() {
        World w = worlds.create(LocalDate.of(2026, 9, 14));
        approved(w, 1, true);
        approved(w, 1, false);
        long few = statements(w, 2);
        approved(w, 3, true);
        approved(w, 3, false);
        long many = statements(w, 8);
        assertThat(many).as("statements for a page of 8 next to a page of 2").isEqualTo(few);
    }

    private long statements(World w, int expected) {
        var counted = SqlStatements.count(() -> users.as(w.secretariat(),
                () -> queue.page(w.meeting().code(), Paging.of(null, null, 100))));
        assertThat(counted.result().entries()).hasSize(expected).allSatisfy(e -> {
            assertThat(e.delegate()).isNotNull();
            assertThat(e.organisation()).isNotNull();
        });
        assertThat(counted.result().entries()).filteredOn(e -> e.status().issuedAt() != null)
                .allSatisfy(e -> assertThat(e.issuedByName()).isNotNull());
        assertThat(counted.sql()).as("the queue chosen, ordered and cut in SQL; only the page's organisations read")
                .anySatisfy(sql -> assertThat(sql).contains("visa_request").contains("limit"))
                .noneSatisfy(sql -> assertThat(sql).contains("from directory_organisation order by"));
        assertThat(counted.sql()).as("a first page that is not full is the whole queue: no count")
                .noneSatisfy(sql -> assertThat(sql).contains("select count(*)"));
        return counted.statements();
    }
}
