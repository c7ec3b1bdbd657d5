package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15: personal access tokens. Shown once, stored as a hash, scoped, refused at once when revoked,
 * expired or when the account is disabled, never more than the account's own rights, and never minted by a
 * token.
 */
@IntegrationTest
class AccessTokenTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PersonalAccessTokens tokens;

    private TestHttp http() {
        return new TestHttp(port);
    }

    private JsonNode create(Account a, String scope, int days) {
        TestHttp.Response r = http().as(a.email(), TestUsers.PASSWORD).post("/api/v1/me/tokens",
                TestHttp.json(java.util.Map.of("name", "script " + scope, "scope", scope, "expiresInDays", days)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsItsHashAndAuthenticatesTheApi() {
        Account a = users.create("Token Owner");
        JsonNode created = create(a, "READ", 30);
        String token = created.get("token").asString();
        assertThat(token).startsWith("plenary_pat_").hasSize("plenary_pat_".length() + 43);

        String stored = jdbc.sql("select token_hash from directory_access_token where id = :id::uuid")
                .param("id", created.get("id").asString()).query(String.class).single();
        assertThat(stored).isEqualTo(Tokens.hash(token)).doesNotContain(token.substring("plenary_pat_".length()));
        long rowsHoldingTheToken = jdbc.sql("""
                select count(*) from directory_access_token t where t::text like '%' || :secret || '%'
                """).param("secret", token.substring(12)).query(Long.class).single();
        assertThat(rowsHoldingTheToken).isZero();

        TestHttp.Response list = http().bearer(token).get("/api/v1/me/tokens");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("name").asString()).isEqualTo("script READ");
        assertThat(list.body()).doesNotContain(token).doesNotContain(stored);
    }

    @Test
    void aReadTokenCannotWrite() {
        Account a = users.create("Reader");
        String read = create(a, "READ", 30).get("token").asString();
        String other = create(a, "WRITE", 30).get("id").asString();

        TestHttp.Response r = http().bearer(read).delete("/api/v1/me/tokens/" + other);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("read-only");
        assertThat(http().bearer(read).get("/api/v1/me/tokens").json()).hasSize(2);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Account a = users.create("Revoker");
        JsonNode write = create(a, "WRITE", 30);
        String token = write.get("token").asString();
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(200);

        assertThat(http().bearer(token).delete("/api/v1/me/tokens/" + write.get("id").asString()).status())
                .isEqualTo(204);

        TestHttp.Response after = http().bearer(token).get("/api/v1/me/tokens");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(http().as(a.email(), TestUsers.PASSWORD).get("/api/v1/me/tokens").json()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Account a = users.create("Expiring");
        String token = create(a, "READ", 7).get("token").asString();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsTokensAreRefused() {
        Account a = users.create("Soon Disabled");
        String token = create(a, "WRITE", 30).get("token").asString();
        Account secretariat = users.create("Token Secretariat", Role.SECRETARIAT);
        users.as(secretariat, () -> accounts.setEnabled(a.id(), false));
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(401);
        users.as(secretariat, () -> accounts.setEnabled(a.id(), true));
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(200);
    }

    @Test
    void aTokenCarriesTheAccountsRightsAsTheyAreNowNeverMore() {
        Account delegate = users.create("Token Delegate");
        String delegateToken = create(delegate, "WRITE", 30).get("token").asString();
        assertThat(http().bearer(delegateToken).get("/actuator/prometheus").status()).isEqualTo(403);

        Account officer = users.create("Token Secretariat Officer", Role.SECRETARIAT);
        String officerToken = create(officer, "READ", 30).get("token").asString();
        assertThat(http().bearer(officerToken).get("/actuator/prometheus").status()).isEqualTo(200);
        Account admin = users.create("Token Admin", Role.SECRETARIAT);
        users.as(admin, () -> accounts.grant(officer.id(), Set.of(Role.DELEGATE)));
        assertThat(http().bearer(officerToken).get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void aTokenCannotMintTokensNorTouchAnotherPersonsTokens() {
        Account a = users.create("Minter");
        String write = create(a, "WRITE", 30).get("token").asString();
        TestHttp.Response minted = http().bearer(write).post("/api/v1/me/tokens",
                "{\"name\":\"more\",\"scope\":\"WRITE\",\"expiresInDays\":365}");
        assertThat(minted.status()).as(minted.body()).isEqualTo(403);
        assertThat(http().bearer(write).get("/api/v1/me/tokens").json()).hasSize(1);

        Account b = users.create("Victim");
        String victims = create(b, "READ", 30).get("id").asString();
        assertThat(http().bearer(write).delete("/api/v1/me/tokens/" + victims).status()).isEqualTo(404);
        assertThat(jdbc.sql("select revoked_at is null from directory_access_token where id = :id::uuid")
                .param("id", victims).query(Boolean.class).single()).isTrue();
    }

    @Test
    void unknownAndMalformedTokensAreRefusedWithAProblem() {
        for (String t : new String[] {"plenary_pat_" + "A".repeat(43), "nonsense", "plenary_pat_", ""}) {
            TestHttp.Response r = http().bearer(t).get("/api/v1/me/tokens");
            assertThat(r.status()).as(t).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void creationChecksNameScopeAndExpiry() {
        Account a = users.create("Careful");
        TestHttp basic = http().as(a.email(), TestUsers.PASSWORD);
        assertThat(basic.post("/api/v1/me/tokens", "{\"name\":\" \",\"scope\":\"READ\",\"expiresInDays\":30}").status())
                .isEqualTo(400);
        assertThat(basic.post("/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":30}").status()).isEqualTo(400);
        assertThat(basic.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scope\":\"READ\"}").status()).isEqualTo(400);
        assertThat(basic.post("/api/v1/me/tokens", "{\"name\":\"x\",\"scope\":\"READ\",\"expiresInDays\":100000}")
                .status()).isEqualTo(400);
        assertThat(basic.get("/api/v1/me/tokens").json()).isEmpty();
    }

    @Test
    void theLastUseIsRecordedAtMostOnceAMinute() {
        Account a = users.create("Busy Script");
        JsonNode created = create(a, "READ", 30);
        String token = created.get("token").asString();
        String id = created.get("id").asString();
        http().bearer(token).get("/api/v1/me/tokens");
        Instant first = lastUsed(id);
        assertThat(first).isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(30));
        http().bearer(token).get("/api/v1/me/tokens");
        assertThat(lastUsed(id)).isEqualTo(first);
        // a use within the minute costs one query (the token with its account), no write
        assertThat(SqlStatements.count(() -> tokens.verify(token)).statements()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        // a use after the minute is read and recorded in the same statement (no autocommit of its own)
        SqlStatements.Counted<?> recorded = SqlStatements.count(() -> tokens.verify(token));
        assertThat(recorded.result()).isNotEqualTo(java.util.Optional.empty());
        assertThat(recorded.statements()).as("%s", recorded.sql()).isEqualTo(1);
        assertThat(lastUsed(id)).isEqualTo(clock.instant());
    }

    /** Issue 15: no observation wraps Spring Security's filters (its cost showed in the profile); requests are still timed. */
    @Test
    void securityFiltersAreNotObservedOneByOne(@Autowired io.micrometer.core.instrument.MeterRegistry meters) {
        Account a = users.create("Observed Script");
        String token = create(a, "READ", 30).get("token").asString();
        assertThat(http().bearer(token).get("/api/v1/me/tokens").status()).isEqualTo(200);
        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security."));
    }

    @Test
    void passwordsAreCheckedWithBcryptEveryTimeNothingRemembersThem() {
        assertThat(encoder).isInstanceOf(DelegatingPasswordEncoder.class);
        Account a = users.create("Basic Script");
        assertThat(http().as(a.email(), TestUsers.PASSWORD).get("/api/v1/me/tokens").status()).isEqualTo(200);
        assertThat(http().as(a.email(), "wrong-" + TestUsers.PASSWORD).get("/api/v1/me/tokens").status())
                .isEqualTo(401);
    }

    private Instant lastUsed(String id) {
        Timestamp t = jdbc.sql("select last_used_at from directory_access_token where id = :id::uuid").param("id", id)
                .query(Timestamp.class).single();
        return t == null ? null : t.toInstant();
    }
}
