package org.plenary.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.PublicContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published versions of a meeting's plan: numbered snapshots of its placed sessions, never changed. */
@Repository
class Publications {

    private static final TypeReference<List<Session>> SESSIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PublicContent publicContent;

    Publications(JdbcClient jdbc, JsonMapper json, PublicContent publicContent) {
        this.jdbc = jdbc;
        this.json = json;
        this.publicContent = publicContent;
    }

    /** {@code by} is the publisher's login, {@code byName} their name as the versions' list shows it (none for demo data). */
    int insert(UUID meeting, String code, List<Session> sessions, Instant at, String by, String byName, String note) {
        Integer next = jdbc.sql("select coalesce(max(number), 0) + 1 from scheduling_published where meeting_id = :m")
                .param("m", meeting).query(Integer.class).single();
        jdbc.sql("""
                insert into scheduling_published (meeting_id, number, published_at, published_by, published_by_name,
                  note, sessions)
                values (:m, :n, :at, :by, :byName, :note, cast(:s as jsonb))""")
                .param("m", meeting).param("n", next).param("at", Timestamp.from(at)).param("by", by)
                .param("byName", byName)
                .param("note", note).param("s", json.writeValueAsString(sessions)).update();
        publicContent.changed(code); // the published plan shows on the meeting's public pages and boards
        return next;
    }

    List<PublishedVersion> versions(UUID meeting) {
        return jdbc.sql("""
                select number, published_at, published_by_name, note from scheduling_published
                where meeting_id = :m order by number desc""").param("m", meeting)
                .query((rs, i) -> new PublishedVersion(rs.getInt("number"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by_name"),
                        rs.getString("note")))
                .list();
    }

    Optional<List<Session>> sessions(UUID meeting, int number) {
        return jdbc.sql("select sessions::text from scheduling_published where meeting_id = :m and number = :n")
                .param("m", meeting).param("n", number).query(String.class).optional()
                .map(s -> json.readValue(s, SESSIONS));
    }

    /** Whether any published version of the meeting holds this session. */
    boolean anyHolds(UUID meeting, UUID session) {
        return jdbc.sql("""
                select exists(select 1 from scheduling_published where meeting_id = :m
                  and sessions @> cast(:probe as jsonb))""")
                .param("m", meeting).param("probe", "[{\"id\":\"" + session + "\"}]").query(Boolean.class).single();
    }

    Optional<Integer> latest(UUID meeting) {
        return jdbc.sql("select max(number) from scheduling_published where meeting_id = :m").param("m", meeting)
                .query(Integer.class).optional();
    }
}
