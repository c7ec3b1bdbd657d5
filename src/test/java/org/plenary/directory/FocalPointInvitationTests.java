package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat adds an organisation's focal point and the person is invited to set a password
 * ({@code POST /api/v1/organisations/{id}/focal-points}, reusing {@link PasswordReset}); bad input is a
 * problem and leaves no account, no link and no mail behind.
 */
@IntegrationTest
class FocalPointInvitationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    JdbcClient jdbc;

    Account secretariat;
    Organisation org;
    String path;

    @BeforeEach
    void anOrganisation() {
        secretariat = users.create("Invitation Secretariat", Role.SECRETARIAT);
        org = users.as(secretariat, () -> directory.create("Invited Org " + UUID.randomUUID().toString()
                .substring(0, 8), "CH", MembershipCategory.SECTOR_MEMBER, null, false));
        path = "/api/v1/organisations/" + org.id().value() + "/focal-points";
    }

    private TestHttp as(Account a) {
        return new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
    }

    private static String unique() {
        return "fp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private long accountsNamed(String email) {
        return jdbc.sql("select count(*) from directory_account where lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single();
    }

    @Test
    void aNewPersonBecomesFocalPointAndIsMailedAnInvitationFromTheBaseUrl() {
        String email = unique();
        TestHttp.Response r = as(secretariat).post(path,
                "{\"email\":\"" + email + "\",\"name\":\"Fatou Ndiaye\",\"language\":\"fr\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("sent").asString()).isEqualTo("INVITATION");
        UUID id = UUID.fromString(r.json().get("account").asString());
        assertThat(directory.isFocalPoint(new AccountId(id), org.id())).isTrue();
        assertThat(jdbc.sql("select password_hash from directory_account where id = :a").param("a", id)
                .query(String.class).optional()).as("no password until the person sets one").isEmpty();
        assertThat(outbox.to(email)).singleElement().satisfies(m -> {
            assertThat(m.language()).isEqualTo("fr");
            assertThat(m.body()).contains("https://plenary.test.example/password/reset?token=");
        });
    }

    @Test
    void aPersonWithAPasswordIsMailedAResetLink() {
        Account existing = users.create("Existing Person", Role.DELEGATE);
        TestHttp.Response r = as(secretariat).post(path, "{\"email\":\"" + existing.email() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("sent").asString()).isEqualTo("RESET");
        assertThat(directory.isFocalPoint(existing.id(), org.id())).isTrue();
        assertThat(outbox.to(existing.email())).hasSize(1);
    }

    @Test
    void badInputIsAProblemAndLeavesNothingBehind() {
        String email = unique();
        TestHttp.Response noName = as(secretariat).post(path, "{\"email\":\"" + email + "\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.contentType()).startsWith("application/problem+json");
        assertThat(noName.body()).contains("account.nameRequired");
        TestHttp.Response badMail = as(secretariat).post(path, "{\"email\":\"not-an-address\",\"name\":\"X\"}");
        assertThat(badMail.status()).isEqualTo(400);
        assertThat(badMail.contentType()).startsWith("application/problem+json");
        TestHttp.Response noOrg = as(secretariat).post("/api/v1/organisations/" + UUID.randomUUID()
                + "/focal-points", "{\"email\":\"" + email + "\",\"name\":\"X\"}");
        assertThat(noOrg.status()).isEqualTo(404);
        assertThat(accountsNamed(email)).as("no account made").isZero();
        assertThat(outbox.to(email)).as("no mail").isEmpty();
    }

    @Test
    void onlyTheSecretariatAddsFocalPoints() {
        String email = unique();
        Account delegate = users.create("Not Secretariat", Role.DELEGATE, Role.FOCAL_POINT);
        assertThat(as(delegate).post(path, "{\"email\":\"" + email + "\",\"name\":\"X\"}").status()).isEqualTo(403);
        assertThat(new TestHttp(port).post(path, "{\"email\":\"" + email + "\",\"name\":\"X\"}").status())
                .isEqualTo(401);
        assertThat(accountsNamed(email)).isZero();
    }
}
