package org.plenary.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.PublicContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the {@link Meeting} aggregate: the meeting row and its child rows, written as a whole. */
@Repository
class Meetings {

    private final JdbcClient jdbc;
    private final JsonTexts texts;
    private final PublicContent publicContent;
    private final MeetingChildren children;

    Meetings(JdbcClient jdbc, JsonTexts texts, PublicContent publicContent, MeetingChildren children) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.publicContent = publicContent;
        this.children = children;
    }

    /** The meeting with its children, in one statement, its row found by the code (no separate id lookup). */
    Optional<Meeting> byCode(String code) {
        return load("lower(m.code) = lower(:k)", code);
    }

    /** The meeting's id alone: one indexed read, for checks that need no more (the officer check). */
    Optional<MeetingId> idByCode(String code) {
        return jdbc.sql("select id from meetings_meeting where lower(code) = lower(:c)").param("c", code)
                .query(UUID.class).optional().map(MeetingId::new);
    }

    Optional<Meeting> byId(MeetingId id) {
        return load("m.id = :k", id.value());
    }

    /** The row and its children in one statement (json_agg per child table); nothing when there is no such row. */
    private Optional<Meeting> load(String where, Object key) {
        return jdbc.sql("select m.*, sg.number as sg_number, " + MeetingChildren.COLUMNS + """
                from meetings_meeting m join meetings_study_group sg on sg.id = m.study_group_id where """ + " " + where)
                .param("k", key)
                .query((rs, i) -> {
                    MeetingChildren.Children c = children.read(rs);
                    return new Meeting(new MeetingId(rs.getObject("id", UUID.class)), rs.getString("code"),
                            rs.getInt("sg_number"), texts.read(rs.getString("title")), texts.read(rs.getString("place")),
                            texts.read(rs.getString("venue")), date(rs, "first_day"), date(rs, "last_day"),
                            ZoneId.of(rs.getString("time_zone")), time(rs, "opening_time"),
                            time(rs, "registration_time"), texts.read(rs.getString("registration_place")),
                            texts.read(rs.getString("chair")),
                            new Meeting.Letter(texts.read(rs.getString("letter_reference")), rs.getString("letter_file"),
                                    date(rs, "letter_date"), texts.readList(rs.getString("addressees")),
                                    texts.read(rs.getString("signatory")), texts.read(rs.getString("signatory_title"))),
                            new Meeting.Contact(rs.getString("contact_phone"), rs.getString("contact_fax"),
                                    rs.getString("contact_email"), rs.getString("contact_url")),
                            rs.getString("agenda_update_ref"), rs.getString("time_plan_update_ref"),
                            c.events(), c.agenda(), c.cells(), c.sections(), c.overrides(), rs.getLong("version"));
                })
                .optional();
    }

    private static final String SUMMARY = """
            select m.id, m.code, sg.number as sg_number, m.title, m.place, m.first_day, m.last_day, m.time_zone,
              m.version from meetings_meeting m join meetings_study_group sg on sg.id = m.study_group_id
            """;

    /** One row per meeting for lists, newest first, in a single query. */
    List<MeetingSummary> summaries() {
        return jdbc.sql(SUMMARY + " order by m.first_day desc, m.code").query((rs, i) -> summary(rs)).list();
    }

    /** One meeting without its children, in a single query. */
    Optional<MeetingSummary> summary(MeetingId id) {
        return jdbc.sql(SUMMARY + " where m.id = :id").param("id", id.value()).query((rs, i) -> summary(rs)).optional();
    }

    /** The same by the meeting's code (case ignored), in a single query. */
    Optional<MeetingSummary> summaryByCode(String code) {
        return jdbc.sql(SUMMARY + " where lower(m.code) = lower(:c)").param("c", code).query((rs, i) -> summary(rs))
                .optional();
    }

    private MeetingSummary summary(ResultSet rs) throws SQLException {
        return new MeetingSummary(new MeetingId(rs.getObject("id", UUID.class)), rs.getString("code"),
                rs.getInt("sg_number"), texts.read(rs.getString("title")), texts.read(rs.getString("place")),
                date(rs, "first_day"), date(rs, "last_day"), ZoneId.of(rs.getString("time_zone")),
                rs.getLong("version"));
    }

    /** Meetings whose days, or co-located events (up to a week before), may fall between the two dates. */
    List<Meeting> around(LocalDate from, LocalDate to) {
        return jdbc.sql("select id from meetings_meeting where first_day - 7 <= :to and last_day >= :from")
                .param("from", from).param("to", to).query(UUID.class).list().stream()
                .map(id -> byId(new MeetingId(id)).orElseThrow()).toList();
    }

    /** The zone of the meeting held at the venue (English name) nearest to the day, if any was. */
    Optional<ZoneId> zoneNearest(String venueEnglish, LocalDate day) {
        return jdbc.sql("""
                select time_zone from meetings_meeting where venue->>'en' = :venue
                order by abs(first_day - :day), first_day desc limit 1""")
                .param("venue", venueEnglish).param("day", day).query(String.class).optional().map(ZoneId::of);
    }

    /** Inserts a new meeting (version 0). */
    void insert(Meeting m, UUID studyGroupId, Instant now) {
        jdbc.sql("""
                insert into meetings_meeting (id, code, study_group_id, title, place, venue, first_day, last_day,
                  time_zone, opening_time, registration_time, registration_place, chair, letter_reference,
                  letter_file, letter_date, addressees, signatory, signatory_title, contact_phone, contact_fax,
                  contact_email, contact_url, agenda_update_ref, time_plan_update_ref, version, updated_at)
                values (:id, :code, :sg, :title::jsonb, :place::jsonb, :venue::jsonb, :first, :last, :zone, :opening,
                  :registration, :regPlace::jsonb, :chair::jsonb, :ref::jsonb, :file, :letterDate, :addressees::jsonb,
                  :signatory::jsonb, :sigTitle::jsonb, :phone, :fax, :email, :url, :agendaRef, :planRef, 0, :now)
                """)
                .params(params(m, now)).param("sg", studyGroupId).update();
        writeChildren(m);
        publicContent.changed(m.code());
    }

    /** Replaces a meeting's data; false when someone else saved it since {@code m.version()} was read. */
    boolean update(Meeting m, Instant now) {
        int n = jdbc.sql("""
                update meetings_meeting set code = :code, title = :title::jsonb, place = :place::jsonb,
                  venue = :venue::jsonb, first_day = :first, last_day = :last, time_zone = :zone,
                  opening_time = :opening, registration_time = :registration, registration_place = :regPlace::jsonb,
                  chair = :chair::jsonb, letter_reference = :ref::jsonb, letter_file = :file,
                  letter_date = :letterDate, addressees = :addressees::jsonb, signatory = :signatory::jsonb,
                  signatory_title = :sigTitle::jsonb, contact_phone = :phone, contact_fax = :fax,
                  contact_email = :email, contact_url = :url, agenda_update_ref = :agendaRef,
                  time_plan_update_ref = :planRef, version = version + 1, updated_at = :now
                where id = :id and version = :version
                """)
                .params(params(m, now)).param("version", m.version()).update();
        if (n == 0) {
            return false;
        }
        for (String table : List.of("meetings_co_located_event", "meetings_agenda_item", "meetings_time_plan_cell",
                "meetings_practical_section", "meetings_deadline_override")) {
            jdbc.sql("delete from " + table + " where meeting_id = :m").param("m", m.id().value()).update();
        }
        writeChildren(m);
        publicContent.changed(m.code());
        return true;
    }

    private Map<String, Object> params(Meeting m, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id().value());
        p.put("code", m.code());
        p.put("title", texts.write(m.title()));
        p.put("place", texts.write(m.place()));
        p.put("venue", texts.write(m.venue()));
        p.put("first", m.firstDay());
        p.put("last", m.lastDay());
        p.put("zone", m.zone().getId());
        p.put("opening", m.openingTime());
        p.put("registration", m.registrationTime());
        p.put("regPlace", texts.write(m.registrationPlace()));
        p.put("chair", texts.write(m.chair()));
        p.put("ref", texts.write(m.letter().reference()));
        p.put("file", m.letter().file());
        p.put("letterDate", m.letter().date());
        p.put("addressees", texts.writeList(m.letter().addressees()));
        p.put("signatory", texts.write(m.letter().signatory()));
        p.put("sigTitle", texts.write(m.letter().signatoryTitle()));
        p.put("phone", m.contact().phone());
        p.put("fax", m.contact().fax());
        p.put("email", m.contact().email());
        p.put("url", m.contact().url());
        p.put("agendaRef", m.agendaUpdateRef());
        p.put("planRef", m.timePlanUpdateRef());
        p.put("now", Timestamp.from(now));
        return p;
    }

    private void writeChildren(Meeting m) {
        UUID mid = m.id().value();
        int pos = 0;
        for (Meeting.CoLocatedEvent e : m.coLocatedEvents()) {
            jdbc.sql("insert into meetings_co_located_event values (:m, :p, :t::jsonb, :d, :s, :e, :r)")
                    .param("m", mid).param("p", pos++).param("t", texts.write(e.title())).param("d", e.day())
                    .param("s", e.start()).param("e", e.end()).param("r", e.reference()).update();
        }
        pos = 0;
        for (Meeting.AgendaItem a : m.agenda()) {
            jdbc.sql("insert into meetings_agenda_item values (:m, :n, :t::jsonb, :p)")
                    .param("m", mid).param("n", a.number()).param("t", texts.write(a.title())).param("p", pos++)
                    .update();
        }
        for (Meeting.TimePlanCell c : m.timePlan()) {
            jdbc.sql("insert into meetings_time_plan_cell values (:m, :d, :h, :t::jsonb)")
                    .param("m", mid).param("d", c.day()).param("h", c.half().name()).param("t", texts.write(c.text()))
                    .update();
        }
        pos = 0;
        for (Meeting.PracticalSection s : m.practicalInformation()) {
            jdbc.sql("insert into meetings_practical_section values (:m, :p, :k, :t::jsonb, :b::jsonb)")
                    .param("m", mid).param("p", pos++).param("k", s.key()).param("t", texts.write(s.title()))
                    .param("b", texts.write(s.body())).update();
        }
        m.deadlineOverrides().forEach((rule, o) -> jdbc
                .sql("insert into meetings_deadline_override values (:m, :r, :d, :n)")
                .param("m", mid).param("r", rule.name()).param("d", o.day()).param("n", o.note()).update());
    }

    boolean isOfficer(MeetingId meeting, UUID account) {
        return jdbc.sql("select exists(select 1 from meetings_meeting_officer where meeting_id = :m and account_id = :a)")
                .param("m", meeting.value()).param("a", account).query(Boolean.class).single();
    }

    void addOfficer(MeetingId meeting, UUID account) {
        jdbc.sql("insert into meetings_meeting_officer values (:m, :a) on conflict do nothing")
                .param("m", meeting.value()).param("a", account).update();
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    private static LocalTime time(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalTime.class);
    }
}
