package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.shared.Paging;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the documents list (page and API) at 3GPP size is read one page at a time: pages
 * follow each other without gaps or repeats, the links keep the filters, anonymous visitors page
 * through the public documents only, and a page costs the same statements whatever the number of
 * documents.
 */
@IntegrationTest
class DocumentListPagingTests {

    private static final Pattern ROW = Pattern.compile("data-reference=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    Submissions submissions;
    @Autowired
    DocumentAllocation allocation;
    @Autowired
    DocumentReading reading;
    @Autowired
    TestUsers users;

    Meeting meeting;
    Account delegate;

    @BeforeEach
    void setUp() {
        meeting = fixtures.meeting(LocalDate.of(2026, 12, 7));
        delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.MEMBER_STATE, null));
    }

    Document contribution(int question) {
        return users.as(delegate, () -> submissions.submitContribution(meeting.code(),
                new Submissions.ContributionForm("Paging study " + question + " " + meeting.code(), List.of(), "",
                        List.of(), List.of(question), List.of(), "8", "", false, false),
                new Submissions.Upload("c.pdf", new ByteArrayInputStream(TestFiles.pdf()))));
    }

    @Test
    void pagesFollowEachOtherAndTheirLinksKeepTheFilters() throws Exception {
        for (int i = 0; i < 5; i++) {
            contribution(12);
        }
        contribution(13);
        contribution(13);
        List<String> all = users.as(delegate, () -> reading.list(meeting.code(), DocumentFilter.all())).stream()
                .map(Document::reference).toList();
        List<String> paged = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int p = i;
            DocumentReading.Listing l = users.as(delegate,
                    () -> reading.listing(meeting.code(), DocumentFilter.all(), new Paging(p, 3)));
            assertThat(l.page().total()).isEqualTo(7);
            l.documents().forEach(d -> paged.add(d.reference()));
        }
        assertThat(paged).as("page after page, in the list's order").hasSize(7).containsExactlyElementsOf(all);

        PageSession session = new PageSession(port, delegate);
        String path = "/meetings/" + meeting.code() + "/documents?question=12&size=2";
        List<String> seen = new ArrayList<>();
        for (int page = 1; path != null; page++) {
            var r = session.get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("5 documents").contains("Page " + page + " of 3");
            List<String> rows = all(ROW, r.body());
            assertThat(rows).hasSize(page < 3 ? 2 : 1);
            seen.addAll(rows);
            path = next(r.body());
            if (path != null) {
                assertThat(path).contains("question=12").contains("size=2").contains("page=" + (page + 1));
            }
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(5)
                .containsExactlyElementsOf(all.stream().filter(seen::contains).toList());

        Multipart api = new Multipart("http://localhost:" + port, delegate.email(), TestUsers.PASSWORD);
        var first = api.get("/api/v1/meetings/" + meeting.code() + "/documents?size=4");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Total-Count")).contains("7");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("rel=\"next\"").contains("size=4").contains("page=2").doesNotContain("rel=\"prev\"");
        String nextPath = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        var second = api.get(nextPath);
        assertThat(second.headers().firstValue("Link").orElseThrow()).contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        List<String> viaApi = new ArrayList<>();
        first.json().forEach(d -> viaApi.add(d.get("reference").asText()));
        second.json().forEach(d -> viaApi.add(d.get("reference").asText()));
        assertThat(first.json()).hasSize(4);
        assertThat(viaApi).containsExactlyElementsOf(all);
    }

    @Test
    void anonymousVisitorsPageThroughThePublicDocumentsOnly() {
        List<Document> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(contribution(12));
        }
        users.as(fixtures.secretariat(), () -> allocation.setPublic(made.get(1).id(), true));
        users.as(fixtures.secretariat(), () -> allocation.setPublic(made.get(3).id(), true));
        var r = new Multipart("http://localhost:" + port, null, null)
                .get("/meetings/" + meeting.code() + "/documents?size=1&page=2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("2 documents").contains("Page 2 of 2");
        assertThat(all(ROW, r.body())).containsExactly(made.get(3).reference());
    }

    @Test
    void aPageCostsTheSameStatementsWhateverTheNumberOfDocuments() {
        contribution(12);
        contribution(13);
        long few = statements(2);
        for (int i = 0; i < 6; i++) {
            contribution(12);
        }
        long many = statements(8);
        assertThat(many).as("statements for a page of 8 next to a page of 2").isEqualTo(few);
    }

    private long statements(int expected) {
        var counted = SqlStatements.count(() -> users.as(delegate,
                () -> reading.listing(meeting.code(), DocumentFilter.all(), Paging.of(null, null, 100))));
        assertThat(counted.result().documents()).hasSize(expected)
                .allSatisfy(d -> assertThat(d.versions()).isNotEmpty());
        return counted.statements();
    }

    private static List<String> all(Pattern p, String body) {
        List<String> out = new ArrayList<>();
        Matcher mt = p.matcher(body);
        while (mt.find()) {
            out.add(mt.group(1));
        }
        return out;
    }

    private static String next(String body) {
        Matcher mt = NEXT.matcher(body);
        return mt.find() ? mt.group(1).replace("&amp;", "&") : null;
    }
}
