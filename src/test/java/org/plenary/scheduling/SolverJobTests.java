package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A solver run is a persistent job: claimed by one node, progress in the database, stoppable, revived. */
@IntegrationTest
class SolverJobTests extends SchedulingTestBase {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Autowired
    ScheduleSolving solving;
    @Autowired
    SolverRuns runs;
    @Autowired
    JdbcClient jdbc;

    /** A meeting with one published session and three requests for the solver. */
    private SchedulingFixture.Setup withRequests() {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON,
                    "09:30", "12:30", f.small(), false));
            publishing.publish(f.code(), null);
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(4), 30));
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(6), 30));
            editing.create(f.code(), Session.Input.request(SessionKind.JOINT_QUESTION, List.of(4, 6), 30));
            return null;
        });
        return f;
    }

    private SolverRun latest(SchedulingFixture.Setup f) {
        return users.as(f.secretariat(), () -> solving.latest(f.code())).orElseThrow();
    }

    @Test
    void aSolveRunsAsAJobRecordsItsScoreAndLeavesThePublishedPlanUntilPublished() {
        var f = withRequests();
        List<Session> published = publishing.published(f.code());
        SolverRun started = users.as(f.secretariat(),
                () -> solving.start(f.code(), Duration.ofSeconds(3), Duration.ofSeconds(1)));
        assertThat(started.state()).isIn(SolverRun.State.QUEUED, SolverRun.State.RUNNING);

        await().atMost(Duration.ofSeconds(40)).until(() -> !latest(f).active());
        SolverRun done = latest(f);
        assertThat(done.state()).isEqualTo(SolverRun.State.FINISHED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.node()).isNotBlank();
        assertThat(done.scored()).isTrue();
        assertThat(done.feasible()).isTrue();
        assertThat(done.applied()).isTrue();
        assertThat(editing.drafts(f.code())).hasSize(4).allMatch(Session::placed);
        // the job's row is gone once it ran: claimed once, done once
        assertThat(jdbc.sql("select count(*) from shared_scheduled_tasks where task_instance = :id")
                .param("id", done.id().toString()).query(Integer.class).single()).isZero();

        assertThat(publishing.published(f.code())).as("published plan untouched until published")
                .isEqualTo(published);
        users.as(f.secretariat(), () -> publishing.publish(f.code(), null));
        assertThat(publishing.published(f.code())).hasSize(4);
    }

    @Test
    void aRunningSolveRecordsProgressAndStopsOnRequest() {
        var f = withRequests();
        List<Session> published = publishing.published(f.code());
        // a limit far beyond the test's patience and no early end: only the stop ends it in time
        long startedAt = System.nanoTime();
        users.as(f.secretariat(), () -> solving.start(f.code(), Duration.ofMinutes(5), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            SolverRun r = latest(f);
            return r.state() == SolverRun.State.RUNNING && r.scored();
        });
        assertThatThrownBy(() -> users.as(f.secretariat(), () -> solving.start(f.code())))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scheduling.solver.alreadyRunning"));

        SolverRun stopping = users.as(f.secretariat(), () -> solving.stop(f.code()));
        assertThat(stopping.stopRequested()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> !latest(f).active());
        SolverRun stopped = latest(f);
        assertThat(stopped.state()).isEqualTo(SolverRun.State.STOPPED);
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(Duration.ofMinutes(1));
        assertThat(publishing.published(f.code())).isEqualTo(published);
        assertThatThrownBy(() -> users.as(f.secretariat(), () -> solving.stop(f.code())))
                .isInstanceOf(PlenaryException.class);
    }

    @Test
    void aRunLeftByADeadNodeIsPickedUpByAnotherAndFinished() {
        var f = withRequests();
        UUID meeting = jdbc.sql("select id from meetings_meeting where code = :c").param("c", f.code())
                .query(UUID.class).single();
        UUID id = UUID.randomUUID();
        // what a node leaves when it dies mid-solve: its run RUNNING, its claim on the job with an old heartbeat
        jdbc.sql("""
                insert into scheduling_solver_runs (id, meeting_id, state, requested_by, limit_ms, unimproved_ms, node,
                    attempts, created_at, updated_at)
                values (:id, :m, 'RUNNING', 'someone', 3000, 1000, 'dead-node', 1, now() - interval '1 hour',
                    now() - interval '1 hour')""").param("id", id).param("m", meeting).update();
        jdbc.sql("""
                insert into shared_scheduled_tasks (task_name, task_instance, task_data, execution_time, picked,
                    picked_by, last_heartbeat, version)
                values ('scheduling-solve', :id, null, now() - interval '1 hour', true, 'dead-node',
                    now() - interval '1 hour', 1)""").param("id", id.toString()).update();

        await().atMost(Duration.ofSeconds(60)).until(() -> !runs.get(id).orElseThrow().active());
        SolverRun done = runs.get(id).orElseThrow();
        assertThat(done.state()).isEqualTo(SolverRun.State.FINISHED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.node()).isNotEqualTo("dead-node");
        assertThat(done.applied()).isTrue();
        assertThat(editing.drafts(f.code())).allMatch(Session::placed);
    }

    @Test
    void theApiStartsReadsAndStopsARunInWords() {
        var f = withRequests();
        TestHttp http = new TestHttp(port).as(f.secretariat().email(), TestUsers.PASSWORD);
        String path = "/api/v1/meetings/" + f.code() + "/solver";
        assertThat(http.get(path).status()).isEqualTo(404);
        var started = http.post(path, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("state").asString()).isIn("QUEUED", "RUNNING");
        await().atMost(Duration.ofSeconds(40)).until(() -> !http.get(path).json().get("active").asBoolean());
        var done = http.get(path).json();
        assertThat(done.get("state").asString()).isIn("FINISHED");
        assertThat(done.get("score").asString()).startsWith("Rules broken: 0.");
        assertThat(done.get("hard").asLong()).isZero();
        assertThat(http.post(path + "/stop", "").status()).isEqualTo(409);
        // not an officer of the meeting: no run, no progress
        var delegate = users.create("Delegate", org.plenary.directory.Role.DELEGATE);
        assertThat(new TestHttp(port).as(delegate.email(), TestUsers.PASSWORD).get(path).status()).isEqualTo(403);
    }
}
