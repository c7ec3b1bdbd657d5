package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;

/**
 * Issue 13: the documents list and page show the translation flag and the proposed agenda item
 * and filter by them; anonymous visitors (and people without a confirmed affiliation) read the
 * public documents' list and pages, without a session being started for them.
 */
@IntegrationTest
class DocumentListTests extends DocumentTestBase {

    Document translated;
    Document plain;
    Document open;

    @BeforeEach
    void setUp() {
        meetingWithDelegate(LocalDate.of(2026, 12, 7), MembershipCategory.MEMBER_STATE);
        translated = contribution("Codec study for translation", 12, "8", true);
        plain = contribution("Jitter study in English only", 13, "9", false);
        open = contribution("Public overview of the work", 12, "9", false);
        users.as(fixtures.secretariat(), () -> allocation.setPublic(open.id(), true));
    }

    Document contribution(String title, int question, String proposedItem, boolean needsTranslation) {
        return fixtures.contribution(meeting, delegate, new Submissions.ContributionForm(title + " " + meeting.code(),
                List.of(), "", List.of(), List.of(question), List.of(), proposedItem, "", needsTranslation, false));
    }

    private Multipart anonymous() {
        return new Multipart("http://localhost:" + port, null, null);
    }

    private String list(String query) throws Exception {
        var r = new PageSession(port, delegate).get("/meetings/" + meeting.code() + "/documents" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theListAndThePageShowTheTranslationFlagAndTheProposedAgendaItem() throws Exception {
        String all = list("");
        assertThat(all).contains(translated.reference(), plain.reference(), open.reference());
        String row = row(all, translated.reference());
        assertThat(row).contains("needs translation").contains("proposed: 8");
        assertThat(row(all, plain.reference())).doesNotContain("needs translation").contains("proposed: 9");
        assertThat(all).contains("3 documents");

        String page = new PageSession(port, delegate).get("/documents/" + translated.id()).body();
        assertThat(page).contains("id=\"translation\">needs translation<")
                .contains("id=\"proposed-agenda-item\">8<");
        assertThat(new PageSession(port, delegate).get("/documents/" + plain.id()).body())
                .contains("id=\"translation\">not needed<");
    }

    @Test
    void filtersByTranslationProposedItemQuestionTypeAndSourceAndKeepThemInTheUrl() throws Exception {
        String needing = list("?translation=true");
        assertThat(needing).contains(translated.reference()).doesNotContain(plain.title())
                .doesNotContain(open.title()).contains("1 document<");
        assertThat(needing).as("the filter shows as chosen").contains("<option value=\"true\" selected=\"selected\">needs translation");
        assertThat(list("?translation=false")).contains(plain.title(), open.title()).doesNotContain(translated.title());
        String proposed = list("?proposedAgendaItem=9");
        assertThat(proposed).contains(plain.title(), open.title()).doesNotContain(translated.title());
        assertThat(proposed).containsPattern("<option value=\"9\" selected=\"selected\">9 Item 9</option>");
        assertThat(list("?question=13")).contains(plain.title()).doesNotContain(translated.title());
        assertThat(list("?kind=TD")).doesNotContain(plain.title()).contains("No documents match.");
        assertThat(list("?source=" + "nobody-like-this")).doesNotContain(plain.title());
        assertThat(list("?question=12&translation=false")).contains(open.title()).doesNotContain(plain.title())
                .doesNotContain(translated.title());
    }

    @Test
    void anonymousVisitorsReadThePublicDocumentsWithoutGettingASession() {
        long sessions = sessionRows();
        var r = anonymous().get("/meetings/" + meeting.code() + "/documents");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains(open.reference(), open.title()).doesNotContain(translated.title())
                .doesNotContain(plain.title()).contains("Only public documents are listed.")
                .doesNotContain("name=\"_csrf\"").doesNotContain("name=\"id\"").doesNotContain("Download selected as zip");
        assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by an anonymous list").isEmpty();
        var filtered = anonymous().get("/meetings/" + meeting.code() + "/documents?translation=true");
        assertThat(filtered.body()).doesNotContain(translated.title()).contains("No documents match.");

        var page = anonymous().get("/documents/" + open.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(open.title()).doesNotContain("name=\"_csrf\"");
        assertThat(page.headers().allValues("Set-Cookie")).as("cookies set by an anonymous document page").isEmpty();
        var closed = anonymous().get("/documents/" + plain.id());
        assertThat(closed.status()).as("a members-only page sends to the login").isEqualTo(302);
        assertThat(closed.body()).doesNotContain(plain.title());
        assertThat(sessionRows()).as("no session row written by anonymous reads").isEqualTo(sessions);
    }

    @Test
    void aClaimedAffiliationIsNotEnoughAConfirmedOneIs() throws Exception {
        Organisation org = fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null);
        Account claimer = users.create("Claims only", Role.DELEGATE);
        directory.claimAffiliation(org.id(), claimer.id());
        String body = new PageSession(port, claimer).get("/meetings/" + meeting.code() + "/documents").body();
        assertThat(body).contains(open.title()).doesNotContain(plain.title())
                .contains("confirmed by its focal point");

        users.as(fixtures.secretariat(), () -> directory.confirmAffiliation(org.id(), claimer.id(),
                fixtures.secretariat().id()));
        String confirmed = new PageSession(port, claimer).get("/meetings/" + meeting.code() + "/documents").body();
        assertThat(confirmed).contains(open.title(), plain.title(), translated.title())
                .doesNotContain("Only public documents are listed.");
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from directory_session").query(Long.class).single();
    }

    /** The HTML of the list's row for the reference. */
    private static String row(String html, String reference) {
        int start = html.indexOf("data-reference=\"" + reference + "\"");
        assertThat(start).as(reference + " listed").isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
