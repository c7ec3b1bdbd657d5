package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.support.AppNode;
import org.plenary.support.PageClient;
import org.plenary.support.TwoNodes;

/**
 * Issue 16: two nodes of the built jar on one PostgreSQL behind HAProxy. A console change made
 * through one node reaches the other node's console stream within a second (PostgreSQL NOTIFY), a
 * password change through one node ends the session held through the other, and a login survives
 * the SIGKILL of the node that served it (sessions in PostgreSQL; HAProxy's health checks and
 * redispatch). A recurring task (the outbox round) runs once per period across both nodes, and a
 * solver job whose node is killed is finished by the other (db-scheduler). Runs after
 * {@code package} (failsafe); the tests that kill a node run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final String MEETING = "SG12-2026-06";
    static TwoNodes cluster;
    static String adminPassword;

    @BeforeAll
    static void start() {
        cluster = TwoNodes.start(TwoNodes.settings()
                .all("PLENARY_JOBS_HEARTBEAT_INTERVAL", "PT1S").all("PLENARY_JOBS_MISSED_HEARTBEATS", "4")
                .all("PLENARY_JOBS_POLLING_INTERVAL", "PT1S").all("PLENARY_NOTIFICATIONS_WORKER_INTERVAL", "PT1S")
                .all("PLENARY_SCHEDULING_SOLVE_SECONDS", "25")
                .only("a", "PLENARY_JOBS_NODE_NAME", "node-a").only("b", "PLENARY_JOBS_NODE_NAME", "node-b"));
        adminPassword = cluster.adminPassword();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aHandRaisedThroughNodeAReachesAConsoleStreamOnNodeBWithinASecond() throws Exception {
        PageClient onA = new PageClient(cluster.a().url());
        onA.login(TwoNodes.ADMIN, adminPassword);
        PageClient onB = onA.on(cluster.b().url());
        String session = firstSession(onA);
        inTheRoom(session);
        String console = "/remote/meetings/" + MEETING + "/sessions/" + session;

        PageClient.Events streamOnB = onB.events(console + "/events");
        streamOnB.awaitConnected(Duration.ofSeconds(10));
        PageClient.Page raised = onA.post(console + "/hand", console, Map.of());
        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.body()).doesNotContain("id=\"action-error\"");
        assertThat(streamOnB.changedWithin(Duration.ofSeconds(1)))
                .as("node B's console stream hears of the hand raised through node A").isTrue();
        assertThat(onB.get(console + "/live").body()).as("and node B shows the queue with it")
                .contains("/hand/lower");
    }

    @Test
    @Order(2)
    void aPasswordChangedThroughNodeBEndsTheSessionHeldThroughNodeA() {
        PageClient heldOnA = new PageClient(cluster.a().url());
        heldOnA.login(TwoNodes.ADMIN, adminPassword);
        assertThat(heldOnA.get("/account").status()).isEqualTo(200);

        PageClient onB = new PageClient(cluster.b().url());
        onB.login(TwoNodes.ADMIN, adminPassword);
        String changed = "two-nodes-changed-" + Long.toHexString(System.nanoTime());
        PageClient.Page done = onB.post("/account/password", "/account",
                Map.of("current", adminPassword, "password", changed, "confirm", changed));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        adminPassword = changed;

        PageClient.Page after = heldOnA.get("/account");
        assertThat(after.status()).as("the session held through node A is over").isEqualTo(302);
        assertThat(after.location()).contains("/login");
        assertThat(onB.get("/account").status()).as("the session that changed it goes on").isEqualTo(200);
    }

    @Test
    @Order(6)
    void aLoginThroughTheBalancerKeepsWorkingWhenItsNodeIsKilled() {
        restartWhatDied();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Set<String> serving = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                serving.add(new PageClient(cluster.front().url()).get("/actuator/health/readiness").header("X-Served-By"));
            }
            return serving.containsAll(List.of(cluster.a().name(), cluster.b().name()));
        });
        PageClient browser = new PageClient(cluster.front().url());
        PageClient.Page login = browser.login(TwoNodes.ADMIN, adminPassword);
        AppNode served = cluster.node(login.header("X-Served-By"));
        assertThat(browser.get("/account").status()).isEqualTo(200);

        served.kill();
        for (int i = 0; i < 6; i++) {
            PageClient.Page page = browser.get("/account");
            assertThat(page.status()).as("request %d after the kill", i).isEqualTo(200);
            assertThat(page.header("X-Served-By")).isEqualTo(cluster.other(served).name());
            assertThat(page.body()).as("still logged in: the account page").contains("/account/password");
        }
    }

    @Test
    @Order(4)
    void aRecurringTaskRunsOncePerPeriodAcrossBothNodes() throws Exception {
        restartWhatDied();
        List<Timestamp> rounds = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection c = cluster.sql(); PreparedStatement st = c.prepareStatement(
                "select task_instance, last_success from shared_scheduled_tasks where task_name = 'notifications-outbox'")) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                        Timestamp t = rs.getTimestamp(2);
                        if (t != null && (rounds.isEmpty() || !rounds.get(rounds.size() - 1).equals(t))) {
                            rounds.add(t);
                        }
                    }
                }
                Thread.sleep(50); // sampling the table, not waiting for an effect
            }
        }
        assertThat(rows).as("one row for the task, whichever nodes run").hasSize(1);
        assertThat(rounds).as("rounds in 10 s with a 1 s period").hasSizeBetween(4, 11);
        for (int i = 1; i < rounds.size(); i++) {
            assertThat(rounds.get(i).getTime() - rounds.get(i - 1).getTime())
                    .as("round %d came a period after the one before, not twice in one period", i)
                    .isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    @Order(5)
    void aSolverJobStartedThroughNodeAIsFinishedByNodeBWhenAIsKilled() throws Exception {
        restartWhatDied();
        AppNode a = cluster.a();
        HttpResponse<String> started = api("POST", cluster.a().url(), "/api/v1/meetings/" + MEETING + "/solver");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String run = api("GET", cluster.b().url(), "/api/v1/meetings/" + MEETING + "/solver").body();
            return run.contains("\"state\":\"RUNNING\"") && run.contains("\"node\":\"node-a\"");
        });
        a.kill();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> api("GET",
                cluster.b().url(), "/api/v1/meetings/" + MEETING + "/solver").body().contains("\"state\":\"FINISHED\""));
        String finished = api("GET", cluster.b().url(), "/api/v1/meetings/" + MEETING + "/solver").body();
        assertThat(finished).contains("\"node\":\"node-b\"").contains("\"attempts\":2");
    }

    private static void restartWhatDied() {
        for (AppNode node : List.of(cluster.a(), cluster.b())) {
            if (!node.alive()) {
                node.start().awaitReady(TwoNodes.START);
            }
        }
    }

    private static HttpResponse<String> api(String method, String base, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((TwoNodes.ADMIN + ":" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The first published session of the demo meeting (public JSON). */
    private static String firstSession(PageClient client) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(client.get("/api/v1/meetings/" + MEETING + "/sessions").body());
        assertThat(m.find()).as("the demo meeting has published sessions").isTrue();
        return m.group(1);
    }

    /** The secretariat account counts as in the room (a door scan, written as the desk would). */
    private static void inTheRoom(String session) throws Exception {
        try (Connection c = cluster.sql(); PreparedStatement st = c.prepareStatement("""
                insert into remote_attendance (meeting_id, session_id, account_id, mode, first_seen, recorded_by)
                select m.id, ?::uuid, a.id, 'ROOM', now(), a.id from meetings_meeting m, directory_account a
                where m.code = ? and lower(a.email) = ?""")) {
            st.setString(1, session);
            st.setString(2, MEETING);
            st.setString(3, TwoNodes.ADMIN);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
