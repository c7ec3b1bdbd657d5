package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.shared.Paging;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.plenary.support.PageClient;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the registrations list at 3GPP size is read one page at a time. Pages follow each
 * other without gaps or repeats, the links keep the filters, the counts cover the whole filtered
 * list, and a page costs the same statements whatever the number of registrations.
 */
@IntegrationTest
class RegistrationListPagingTests extends RegistrationTestBase {

    private static final Pattern ROW = Pattern.compile("href=\"/secretariat/registrations/([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");
    private static final Pattern PREVIOUS = Pattern.compile("href=\"([^\"]+)\" rel=\"prev\"");

    @LocalServerPort
    int port;
    @Autowired
    RegistrationReports reports;
    @Autowired
    FocalPointRequests requests;

    private void register(Fixtures fx, Meeting m, Organisation org, int n) {
        for (int i = 0; i < n; i++) {
            Account a = fx.confirmedDelegate(org);
            users.as(a, () -> registrationSubmission.submit(m.id(), Fixtures.form(org)));
        }
    }

    @Test
    void pagesFollowEachOtherAndTheirLinksKeepTheFilters() {
        Meeting m = meeting;
        Organisation kenya = fx.organisation(MembershipCategory.MEMBER_STATE, "KE", true);
        Organisation nokia = fx.organisation(MembershipCategory.SECTOR_MEMBER, "FI", true);
        register(fx, m, kenya, 7);
        register(fx, m, nokia, 2);

        List<String> all = users.as(fx.secretariat, () -> reports.rows(m.id(), RegistrationFilter.none())).stream()
                .map(r -> r.registration().id().value().toString()).toList();
        assertThat(all).hasSize(9);
        List<String> paged = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int p = i;
            RegistrationReports.Listing l = users.as(fx.secretariat,
                    () -> reports.page(m.id(), RegistrationFilter.none(), new Paging(p, 4)));
            assertThat(l.counts().total()).isEqualTo(9);
            assertThat(l.counts().byCategory()).containsEntry(MembershipCategory.MEMBER_STATE, 7L)
                    .containsEntry(MembershipCategory.SECTOR_MEMBER, 2L);
            l.rows().forEach(r -> paged.add(r.registration().id().value().toString()));
        }
        assertThat(paged).as("page after page, in the list's order").containsExactlyElementsOf(all);

        PageClient browser = new PageClient("http://localhost:" + port);
        browser.login(fx.secretariat.email(), TestUsers.PASSWORD);
        String path = "/secretariat/meetings/" + m.code() + "/registrations?category=MEMBER_STATE&size=3";
        List<String> seen = new ArrayList<>();
        String body = null;
        for (int page = 1; path != null; page++) {
            PageClient.Page answer = browser.get(path);
            assertThat(answer.status()).isEqualTo(200);
            body = answer.body();
            assertThat(body).contains("7 registrations shown").contains("Page " + page + " of 3");
            List<String> rows = matches(ROW, body);
            assertThat(rows).hasSize(page < 3 ? 3 : 1);
            seen.addAll(rows);
            path = first(NEXT, body);
            if (path != null) {
                assertThat(path).contains("category=MEMBER_STATE").contains("size=3").contains("page=" + (page + 1));
            }
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(7)
                .containsExactlyElementsOf(all.stream().filter(seen::contains).toList());
        assertThat(first(PREVIOUS, body)).contains("category=MEMBER_STATE").contains("page=2");
    }

    @Test
    void theApiListIsPagedWithLinkHeaders() {
        Meeting m = meeting;
        register(fx, m, fx.organisation(MembershipCategory.MEMBER_STATE, "KE", true), 3);
        TestHttp api = new TestHttp(port).as(fx.secretariat.email(), TestUsers.PASSWORD);
        var first = api.get("/api/v1/meetings/" + m.code() + "/registrations?status=APPROVED&size=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        var second = api.get("/api/v1/meetings/" + m.code() + "/registrations?status=APPROVED&size=2&page=2");
        assertThat(second.json()).hasSize(1);
        assertThat(second.json().get(0).get("id").asText())
                .isNotIn(first.json().get(0).get("id").asText(), first.json().get(1).get("id").asText());
    }

    @Test
    void aPageCostsTheSameStatementsWhateverTheNumberOfRegistrations() {
        Meeting m = meeting;
        register(fx, m, fx.organisation(MembershipCategory.MEMBER_STATE, "KE", true), 2);
        long few = statements(fx, m, 2);
        register(fx, m, fx.organisation(MembershipCategory.SECTOR_MEMBER, "FI", false), 4);
        register(fx, m, fx.organisation(MembershipCategory.ACADEMIA, "JP", true), 4);
        long many = statements(fx, m, 10);
        assertThat(many).as("statements for a page of 10 next to a page of 2").isEqualTo(few);
    }

    @Test
    void theFocalPointsWaitingRequestsCostTheSameStatementsWhateverTheirNumber() {
        Meeting m = meeting;
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "FI", false);
        Account fp = fx.focalPointOf(org);
        register(fx, m, org, 1);
        long one = waitingStatements(fp, 1);
        register(fx, m, org, 5);
        long six = waitingStatements(fp, 6);
        assertThat(six).as("statements for six waiting requests next to one").isEqualTo(one);
    }

    private long waitingStatements(Account fp, int expected) {
        var counted = SqlStatements.count(() -> users.as(fp, () -> requests.waiting()));
        assertThat(counted.result()).hasSize(expected).allSatisfy(q -> {
            assertThat(q.account()).isNotNull();
            assertThat(q.organisation()).isNotNull();
            assertThat(q.affiliationConfirmed()).isTrue();
        });
        return counted.statements();
    }

    private long statements(Fixtures fx, Meeting m, int expectedRows) {
        var counted = SqlStatements.count(() -> users.as(fx.secretariat,
                () -> reports.page(m.id(), RegistrationFilter.none(), Paging.of(null, null, 100))));
        assertThat(counted.result().rows()).hasSize(expectedRows);
        assertThat(counted.result().rows()).allSatisfy(r -> assertThat(r.account()).isNotNull());
        return counted.statements();
    }

    private static List<String> matches(Pattern p, String body) {
        List<String> out = new ArrayList<>();
        Matcher mt = p.matcher(body);
        while (mt.find()) {
            out.add(mt.group(1));
        }
        return out;
    }

    private static String first(Pattern p, String body) {
        Matcher mt = p.matcher(body);
        return mt.find() ? mt.group(1).replace("&amp;", "&") : null;
    }
}
