package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;

/**
 * Issue 10, finding 4 (L-DOC-4): members-only documents are for people whose affiliation with a
 * member organisation was confirmed. A signed-up stranger, and a person who only claimed an
 * affiliation, are refused on every reading path; a confirmed member reads; a public document
 * stays open to anonymous visitors.
 */
@IntegrationTest
class MembersOnlyDocumentsTests extends DocumentTestBase {

    private static final int QUESTION = 13;

    Document membersOnly;
    Document open;

    @BeforeEach
    void setUp() {
        meetingWithDelegate(LocalDate.of(2026, 12, 7), MembershipCategory.SECTOR_MEMBER);
        membersOnly = contribution("Members-only jitter study " + meeting.code());
        open = contribution("Public jitter study " + meeting.code());
        users.as(fixtures.secretariat(), () -> allocation.setPublic(open.id(), true));
    }

    Document contribution(String title) {
        return fixtures.contribution(meeting, delegate, DocumentFixtures.form(title, QUESTION));
    }

    @Test
    void aSignedUpStrangerIsRefusedOnEveryPath() throws Exception {
        Account stranger = users.create("Stranger", Role.DELEGATE);
        assertRefusedEverywhere(stranger);
    }

    @Test
    void aClaimedButUnconfirmedAffiliationIsRefusedOnEveryPath() throws Exception {
        Organisation org = fixtures.organisation(MembershipCategory.MEMBER_STATE, null);
        Account claimer = users.create("Claimer", Role.DELEGATE);
        directory.claimAffiliation(org.id(), claimer.id());
        assertRefusedEverywhere(claimer);
    }

    @Test
    void aConfirmedMemberReadsOnEveryPath() throws Exception {
        Account member = fixtures.member(fixtures.organisation(MembershipCategory.ACADEMIA, null));
        Multipart api = http(member);
        String code = meeting.code();
        assertThat(api.get("/api/v1/meetings/" + code + "/documents").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/meetings/" + code + "/documents?q=jitter").body())
                .contains(membersOnly.reference());
        assertThat(api.get("/api/v1/documents/" + membersOnly.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/documents/" + membersOnly.id() + "/file").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/meetings/" + code + "/documents.zip?id=" + membersOnly.id()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/study-groups/12/questions/" + QUESTION + "/documents.atom").body())
                .contains(membersOnly.id().toString());

        PageSession pages = new PageSession(port, member);
        assertThat(pages.get("/meetings/" + code + "/documents").body()).contains(membersOnly.reference());
        assertThat(pages.get("/meetings/" + code + "/documents?q=jitter").body()).contains(membersOnly.reference());
        assertThat(pages.get("/documents/" + membersOnly.id()).statusCode()).isEqualTo(200);
        assertThat(pages.get("/documents/" + membersOnly.id() + "/file").statusCode()).isEqualTo(200);
        assertThat(pages.get("/meetings/" + code + "/documents.zip?id=" + membersOnly.id()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAssociateReadsOnlyItsOwnStudyGroupsDocuments() {
        Account sg12 = fixtures.member(fixtures.organisation(MembershipCategory.ASSOCIATE, 12));
        Account sg13 = fixtures.member(fixtures.organisation(MembershipCategory.ASSOCIATE, 13));
        assertThat(http(sg12).get("/api/v1/documents/" + membersOnly.id()).status()).isEqualTo(200);
        assertThat(http(sg13).get("/api/v1/documents/" + membersOnly.id()).status()).isEqualTo(403);
    }

    @Test
    void aPublicDocumentStaysOpenToAnonymousVisitors() {
        Multipart anonymous = http(null);
        assertThat(anonymous.get("/api/v1/documents/" + open.id() + "/file").status()).isEqualTo(200);
        assertThat(anonymous.get("/documents/" + open.id() + "/file").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/documents/" + membersOnly.id() + "/file").status()).isEqualTo(401);
    }

    private void assertRefusedEverywhere(Account outsider) throws Exception {
        Multipart api = http(outsider);
        String code = meeting.code();
        String ref = membersOnly.reference();
        var list = api.get("/api/v1/meetings/" + code + "/documents");
        assertThat(list.status()).as("API list").isEqualTo(403);
        assertThat(list.json().get("detail").asString()).startsWith("Documents are for the people of ITU-T members.");
        assertThat(api.get("/api/v1/meetings/" + code + "/documents?q=jitter").status()).as("API search")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/documents/" + membersOnly.id()).status()).as("API get").isEqualTo(403);
        assertThat(api.get("/api/v1/documents/" + membersOnly.id() + "/file").status()).as("API download")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/meetings/" + code + "/documents.zip?id=" + membersOnly.id()).status())
                .as("API zip").isEqualTo(403);
        var feed = api.get("/api/v1/study-groups/12/questions/" + QUESTION + "/documents.atom");
        assertThat(feed.status()).as("Atom feed").isEqualTo(403);
        assertThat(feed.body()).doesNotContain(membersOnly.id().toString());

        PageSession pages = new PageSession(port, outsider);
        HttpResponse<String> page = pages.get("/meetings/" + code + "/documents");
        assertThat(page.statusCode()).as("page list: the public documents only (issue 13)").isEqualTo(200);
        assertThat(page.body()).doesNotContain(ref).contains(open.reference())
                .contains("Only public documents are listed.");
        HttpResponse<String> search = pages.get("/meetings/" + code + "/documents?q=jitter");
        assertThat(search.statusCode()).as("page search").isEqualTo(200);
        assertThat(search.body()).doesNotContain(ref).doesNotContain(membersOnly.title())
                .contains(open.reference());
        HttpResponse<String> doc = pages.get("/documents/" + membersOnly.id());
        assertThat(doc.statusCode()).as("document page").isEqualTo(403);
        assertThat(doc.body()).doesNotContain(membersOnly.title());
        assertThat(pages.get("/documents/" + membersOnly.id() + "/file").statusCode()).as("page download")
                .isEqualTo(403);
        assertThat(pages.get("/meetings/" + code + "/documents.zip?id=" + membersOnly.id()).statusCode())
                .as("page zip").isEqualTo(403);

        assertThat(api.get("/api/v1/documents/" + open.id() + "/file").status()).as("a public document")
                .isEqualTo(200);
        assertThat(pages.get("/documents/" + open.id()).statusCode()).as("a public document's page").isEqualTo(200);
    }
}
