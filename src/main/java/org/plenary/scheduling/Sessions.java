package org.plenary.scheduling;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plenary.meetings.HalfDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft sessions of meetings (what the secretariat and the solver edit before publishing). */
@Repository
class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Session> ofMeeting(UUID meeting) {
        return jdbc.sql("""
                select * from scheduling_session where meeting_id = :m
                order by day nulls last, start_time, kind, questions, created_at, id""")
                .param("m", meeting).query((rs, i) -> map(rs)).list();
    }

    Optional<Session> byId(UUID id) {
        return jdbc.sql("select * from scheduling_session where id = :id").param("id", id).query((rs, i) -> map(rs))
                .optional();
    }

    List<Session> inRoomOn(UUID room, LocalDate day) {
        return jdbc.sql("select * from scheduling_session where room_id = :r and day = :d order by start_time")
                .param("r", room).param("d", day).query((rs, i) -> map(rs)).list();
    }

    /** Sessions of other meetings in these rooms between two days: the rooms are shared across meetings at a venue. */
    List<Session> othersInRooms(UUID meeting, List<UUID> rooms, LocalDate from, LocalDate to) {
        if (rooms.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from scheduling_session where meeting_id <> :m and room_id in (:rooms)
                and day between :from and :to order by day, start_time""")
                .param("m", meeting).param("rooms", rooms).param("from", from).param("to", to)
                .query((rs, i) -> map(rs)).list();
    }

    boolean anyOf(UUID meeting) {
        return jdbc.sql("select exists(select 1 from scheduling_session where meeting_id = :m)").param("m", meeting)
                .query(Boolean.class).single();
    }

    void insert(Session s, Instant now) {
        jdbc.sql("""
                insert into scheduling_session (id, meeting_id, kind, working_party, questions, title, day, start_time,
                  end_time, room_id, chair, interpretation, remote, attendance, pinned, offset_minutes, duration_minutes,
                  preferred_days, preferred_half, created_at)
                values (:id, :meeting, :kind, :wp, :questions, :title, :day, :start, :end, :room, :chair,
                  :interpretation, :remote, :attendance, :pinned, :offset, :duration, cast(:preferred as date[]),
                  :half, :now)""")
                .params(params(s)).param("meeting", s.meetingId()).param("now", Timestamp.from(now)).update();
    }

    void update(Session s) {
        jdbc.sql("""
                update scheduling_session set kind = :kind, working_party = :wp, questions = :questions, title = :title,
                  day = :day, start_time = :start, end_time = :end, room_id = :room, chair = :chair,
                  interpretation = :interpretation, remote = :remote, attendance = :attendance, pinned = :pinned,
                  offset_minutes = :offset, duration_minutes = :duration, preferred_days = cast(:preferred as date[]),
                  preferred_half = :half
                where id = :id""").params(params(s)).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from scheduling_session where id = :id").param("id", id).update();
    }

    private static Map<String, Object> params(Session s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id());
        p.put("kind", s.kind().name());
        p.put("wp", s.workingParty());
        p.put("questions", s.questions().toArray(Integer[]::new));
        p.put("title", s.title());
        p.put("day", s.day());
        p.put("start", s.start());
        p.put("end", s.end());
        p.put("room", s.roomId());
        p.put("chair", s.chair());
        p.put("interpretation", s.interpretation().toArray(String[]::new));
        p.put("remote", s.remote());
        p.put("attendance", s.attendance());
        p.put("pinned", s.pinned());
        p.put("offset", s.offsetMinutes());
        p.put("duration", s.durationMinutes());
        p.put("preferred", s.preferredDays().stream().sorted().map(LocalDate::toString).toArray(String[]::new));
        p.put("half", s.preferredHalf() == null ? null : s.preferredHalf().name());
        return p;
    }

    private static Session map(ResultSet rs) throws SQLException {
        Integer wp = rs.getObject("working_party", Integer.class);
        Integer duration = rs.getObject("duration_minutes", Integer.class);
        String half = rs.getString("preferred_half");
        return new Session(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                SessionKind.valueOf(rs.getString("kind")), wp,
                List.of((Integer[]) rs.getArray("questions").getArray()), rs.getString("title"),
                rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getObject("room_id", UUID.class), rs.getString("chair"),
                List.of((String[]) rs.getArray("interpretation").getArray()), rs.getBoolean("remote"),
                rs.getInt("attendance"), rs.getBoolean("pinned"), rs.getInt("offset_minutes"), duration,
                dates(rs.getArray("preferred_days")), half == null ? null : HalfDay.valueOf(half));
    }

    private static Set<LocalDate> dates(Array a) throws SQLException {
        return Arrays.stream((Date[]) a.getArray()).map(Date::toLocalDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
