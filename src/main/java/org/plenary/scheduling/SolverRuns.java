package org.plenary.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.scheduling.solver.Planner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Solver runs and their progress ({@code scheduling_solver_runs}). */
@Repository
class SolverRuns {

    private static final TypeReference<List<Planner.Broken>> BROKEN = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SolverRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, UUID meeting, String by, long limitMillis, Long unimprovedMillis, Instant now) {
        jdbc.sql("""
                insert into scheduling_solver_runs (id, meeting_id, state, requested_by, limit_ms, unimproved_ms,
                    created_at, updated_at) values (:id, :m, 'QUEUED', :by, :limit, :unimproved, :now, :now)""")
                .param("id", id).param("m", meeting).param("by", by).param("limit", limitMillis)
                .param("unimproved", unimprovedMillis).param("now", Timestamp.from(now)).update();
    }

    Optional<SolverRun> latest(UUID meeting) {
        return jdbc.sql("select * from scheduling_solver_runs where meeting_id = :m order by created_at desc, id limit 1")
                .param("m", meeting).query(this::map).optional();
    }

    Optional<SolverRun> get(UUID id) {
        return jdbc.sql("select * from scheduling_solver_runs where id = :id").param("id", id).query(this::map)
                .optional();
    }

    /** Claims a queued run, or one whose node died, for this node; empty when the run has ended meanwhile. */
    Optional<SolverRun> claim(UUID id, String node, Instant now) {
        return jdbc.sql("""
                update scheduling_solver_runs set state = 'RUNNING', node = :node, attempts = attempts + 1,
                    updated_at = :now where id = :id and state in ('QUEUED', 'RUNNING') returning *""")
                .param("id", id).param("node", node).param("now", Timestamp.from(now)).query(this::map).optional();
    }

    void progress(UUID id, Planner.Report report, Instant now) {
        jdbc.sql("""
                update scheduling_solver_runs set hard_score = :hard, soft_score = :soft, feasible = :feasible,
                    broken = cast(:broken as jsonb), updated_at = :now where id = :id and state = 'RUNNING'""")
                .param("id", id).param("hard", report.hard()).param("soft", report.soft())
                .param("feasible", report.feasible()).param("broken", json.writeValueAsString(report.broken()))
                .param("now", Timestamp.from(now)).update();
    }

    void finish(UUID id, SolverRun.State state, Planner.Report report, boolean applied, int moved, String failure,
            Instant now) {
        jdbc.sql("""
                update scheduling_solver_runs set state = :state, hard_score = coalesce(:hard, hard_score),
                    soft_score = coalesce(:soft, soft_score), feasible = coalesce(:feasible, feasible),
                    broken = coalesce(cast(:broken as jsonb), broken), applied = :applied, moved = :moved,
                    failure = :failure, updated_at = :now, finished_at = :now
                where id = :id and state in ('QUEUED', 'RUNNING')""")
                .param("id", id).param("state", state.name())
                .param("hard", report == null ? null : report.hard())
                .param("soft", report == null ? null : report.soft())
                .param("feasible", report == null ? null : report.feasible())
                .param("broken", report == null ? null : json.writeValueAsString(report.broken()))
                .param("applied", applied).param("moved", moved).param("failure", failure)
                .param("now", Timestamp.from(now)).update();
    }

    /** Asks the meeting's active run to stop; a run no node has claimed yet stops at once. Empty: none active. */
    Optional<UUID> requestStop(UUID meeting, Instant now) {
        Optional<UUID> id = jdbc.sql("""
                update scheduling_solver_runs set stop_requested = true, updated_at = :now
                where meeting_id = :m and state in ('QUEUED', 'RUNNING') returning id""")
                .param("m", meeting).param("now", Timestamp.from(now)).query(UUID.class).optional();
        jdbc.sql("""
                update scheduling_solver_runs set state = 'STOPPED', finished_at = :now
                where meeting_id = :m and state = 'QUEUED' and stop_requested""")
                .param("m", meeting).param("now", Timestamp.from(now)).update();
        return id;
    }

    /** Of these runs, those asked to stop. */
    List<UUID> stopRequested(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from scheduling_solver_runs where stop_requested and id in (:ids)")
                .param("ids", ids).query(UUID.class).list();
    }

    private SolverRun map(ResultSet rs, int row) throws SQLException {
        return new SolverRun(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                SolverRun.State.valueOf(rs.getString("state")), rs.getString("requested_by"), rs.getLong("limit_ms"),
                (Long) rs.getObject("unimproved_ms"), rs.getBoolean("stop_requested"), rs.getString("node"),
                rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "finished_at"), (Long) rs.getObject("hard_score"), (Long) rs.getObject("soft_score"),
                (Boolean) rs.getObject("feasible"), json.readValue(rs.getString("broken"), BROKEN),
                rs.getBoolean("applied"), rs.getInt("moved"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
