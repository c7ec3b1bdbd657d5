package org.plenary.documents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores documents, their versions and events; hands out numbers from the counter rows. */
@Repository
class Documents {

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the next number of the document's study group, study period and kind and writes the
     * document with it, its first version and its event, in one statement (issue 15): the counter's
     * row is locked from here to the commit (gap-free numbers, a rolled-back acceptance gives its
     * number back), so every acceptance of the study group waits for the one before it; nothing that
     * can be done without the number is done while the row is held. The number in {@code d} is
     * ignored; the event's detail is the reference, then {@code detailSuffix}. Returns the number.
     */
    int insertNumbered(Document d, Document.Version v, String eventKind, String detailSuffix) {
        return jdbc.sql("""
                with n as (
                  insert into documents_counter as c (study_group, study_period, kind, next) values (:sg, :period, :kind, 2)
                  on conflict (study_group, study_period, kind) do update set next = c.next + 1
                  returning next - 1 as number),
                d as (
                  insert into documents_document (id, meeting_id, study_group, study_period, kind, number, series,
                    title, abstract, source, source_organisations, contact, contact_emails, submitted_by,
                    proposed_agenda_item, questions, working_parties, agenda_items, needs_translation, mark, status,
                    revised_by, late, late_decision, public, submitted_at, version)
                  select :id, :meeting, :sg, :period, :kind, n.number, :series, :title, :abstract, :source,
                    :orgs::uuid[], :contact, :emails::text[], :by, :proposed, :questions::int[], :wps::int[],
                    :items::text[], :translation, :mark, :status, :revisedBy, :late, :lateDecision, :public, :at, 0
                  from n returning number),
                v as (
                  insert into documents_version (document_id, revision, sha256, file_name, format, size, uploaded_by,
                    uploaded_at) values (:id, :rev, :sha, :name, :format, :size, :vby, :vat)),
                e as (
                  insert into documents_event (document_id, at, actor, kind, detail)
                  select :id, :at, :by, :eventKind, :reference || d.number || :detailSuffix from d)
                select number from d""")
                .param("id", d.id().value()).param("meeting", d.meeting().value()).param("sg", d.studyGroup())
                .param("period", d.studyPeriod()).param("kind", d.kind().name())
                .param("series", d.series()).param("title", d.title()).param("abstract", d.abstractText())
                .param("source", d.source()).param("orgs", literal(d.sourceOrganisations()))
                .param("contact", d.contact()).param("emails", literal(d.contactEmails()))
                .param("by", d.submittedBy().value()).param("proposed", d.proposedAgendaItem())
                .param("questions", literal(d.questions())).param("wps", literal(d.workingParties()))
                .param("items", literal(d.agendaItems())).param("translation", d.needsTranslation())
                .param("mark", d.mark() == null ? null : d.mark().name()).param("status", d.status().name())
                .param("revisedBy", d.revisedBy()).param("late", d.late())
                .param("lateDecision", d.lateDecision() == null ? null : d.lateDecision().name())
                .param("public", d.isPublic()).param("at", Timestamp.from(d.submittedAt()))
                .param("rev", v.revision()).param("sha", v.sha256()).param("name", v.fileName())
                .param("format", v.format().name()).param("size", v.size()).param("vby", v.uploadedBy().value())
                .param("vat", Timestamp.from(v.uploadedAt())).param("eventKind", eventKind)
                .param("reference", Document.referencePrefix(d.studyGroup(), d.kind()))
                .param("detailSuffix", detailSuffix).query(Integer.class).single();
    }

    void insertVersion(DocumentId id, Document.Version v) {
        jdbc.sql("""
                insert into documents_version (document_id, revision, sha256, file_name, format, size, uploaded_by,
                  uploaded_at) values (:id, :rev, :sha, :name, :format, :size, :by, :at)
                """)
                .param("id", id.value()).param("rev", v.revision()).param("sha", v.sha256())
                .param("name", v.fileName()).param("format", v.format().name()).param("size", v.size())
                .param("by", v.uploadedBy().value()).param("at", Timestamp.from(v.uploadedAt())).update();
    }

    /** Writes the changeable fields; false when someone else changed the document since it was read. */
    boolean update(Document d) {
        return jdbc.sql("""
                update documents_document set questions = :questions::int[], working_parties = :wps::int[],
                  agenda_items = :items::text[], status = :status, revised_by = :revisedBy,
                  late_decision = :lateDecision, public = :public, mark = :mark, version = version + 1
                where id = :id and version = :version
                """)
                .param("questions", literal(d.questions())).param("wps", literal(d.workingParties()))
                .param("items", literal(d.agendaItems())).param("status", d.status().name())
                .param("revisedBy", d.revisedBy())
                .param("lateDecision", d.lateDecision() == null ? null : d.lateDecision().name())
                .param("public", d.isPublic()).param("mark", d.mark() == null ? null : d.mark().name())
                .param("id", d.id().value()).param("version", d.version()).update() == 1;
    }

    /** Takes the document's row lock, so that revisions of one document are numbered one after another. */
    void lock(DocumentId id) {
        jdbc.sql("select id from documents_document where id = :id for update").param("id", id.value())
                .query(UUID.class).optional();
    }

    void event(DocumentId id, Instant at, AccountId actor, String kind, String detail) {
        jdbc.sql("insert into documents_event (document_id, at, actor, kind, detail) values (:d, :at, :a, :k, :x)")
                .param("d", id.value()).param("at", Timestamp.from(at)).param("a", actor.value())
                .param("k", kind).param("x", detail == null ? "" : detail).update();
    }

    List<DocumentEvent> events(DocumentId id) {
        return jdbc.sql("select * from documents_event where document_id = :d order by id").param("d", id.value())
                .query((rs, i) -> new DocumentEvent(rs.getTimestamp("at").toInstant(),
                        new AccountId(rs.getObject("actor", UUID.class)), rs.getString("kind"), rs.getString("detail")))
                .list();
    }

    Optional<Document> byId(DocumentId id) {
        return query("where d.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    Optional<Document> byNumber(int studyGroup, DocumentKind kind, int number) {
        return query("where d.study_group = :sg and d.kind = :kind and d.number = :n "
                        + "order by d.study_period desc limit 1",
                Map.of("sg", studyGroup, "kind", kind.name(), "n", number)).stream().findFirst();
    }

    /** The documents of a meeting matching the filter, contributions first, each kind by number. */
    List<Document> list(MeetingId meeting, DocumentFilter f) {
        DocumentFilterSql w = DocumentFilterSql.of(meeting, f, false);
        return query(w.sql() + w.order(), w.params());
    }

    /** One page of {@link #list}, optionally public documents only, and the total across pages. */
    record Found(List<Document> documents, long total) {
    }

    Found page(MeetingId meeting, DocumentFilter f, boolean publicOnly, Paging paging) {
        DocumentFilterSql w = DocumentFilterSql.of(meeting, f, publicOnly);
        long total = jdbc.sql("select count(*) from documents_document d " + w.sql()).params(w.params())
                .query(Long.class).single();
        Map<String, Object> p = new HashMap<>(w.params());
        p.put("limit", paging.size());
        p.put("offset", paging.offset());
        return new Found(total == 0 ? List.of() : query(w.sql() + w.order() + ", d.id limit :limit offset :offset", p),
                total);
    }

    List<Document> byQuestion(int studyGroup, int question, int limit) {
        return query("where d.study_group = :sg and :q = any(d.questions) order by d.submitted_at desc, d.number desc"
                + " limit " + limit, Map.of("sg", studyGroup, "q", question));
    }

    List<Document> bySubmitter(MeetingId meeting, AccountId submitter) {
        return query("where d.meeting_id = :m and d.submitted_by = :a order by d.kind, d.number",
                Map.of("m", meeting.value(), "a", submitter.value()));
    }

    long count(MeetingId meeting, AccountId submitter, DocumentKind kind) {
        return jdbc.sql("select count(*) from documents_document where meeting_id = :m and submitted_by = :a "
                        + "and kind = :k and status <> 'WITHDRAWN'")
                .param("m", meeting.value()).param("a", submitter.value()).param("k", kind.name())
                .query(Long.class).single();
    }

    /**
     * Contributions an organisation (co-)signed for a meeting, withdrawn ones, late ones still held
     * and those it has not yet confirmed co-signing left out.
     */
    long countBySource(MeetingId meeting, UUID organisation) {
        return jdbc.sql("select count(*) from documents_document d where meeting_id = :m and kind = 'C' "
                        + "and :o = any(source_organisations) and status <> 'WITHDRAWN' "
                        + "and (not late or late_decision in ('ADMITTED', 'CONSIDERED')) "
                        + "and not exists (select 1 from documents_co_source c where c.document_id = d.id "
                        + "and c.organisation_id = :o and c.confirmed_at is null)")
                .param("m", meeting.value()).param("o", organisation).query(Long.class).single();
    }

    /**
     * Upload side of the guard between an acceptance and the orphan cleanup: held (shared) until
     * the accepting transaction ends, so the cleanup cannot remove these bytes in between.
     */
    void guardBytesShared(String sha256) {
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended(:s, 0))").param("s", sha256)
                .query((rs, i) -> 1).list();
    }

    /** Cleanup side: waits for acceptances of the same bytes to end. */
    void guardBytesExclusive(String sha256) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:s, 0))").param("s", sha256)
                .query((rs, i) -> 1).list();
    }

    boolean referenced(String sha256) {
        return jdbc.sql("select exists(select 1 from documents_version where sha256 = :s)").param("s", sha256)
                .query(Boolean.class).single();
    }

    private List<Document> query(String whereAndOrder, Map<String, ?> params) {
        List<Document> docs = jdbc.sql("select d.* from documents_document d " + whereAndOrder).params(params)
                .query(Documents::map).list();
        if (docs.isEmpty()) {
            return docs;
        }
        Map<UUID, List<Document.Version>> versions = new LinkedHashMap<>();
        jdbc.sql("select * from documents_version where document_id in (:ids) order by document_id, revision")
                .param("ids", docs.stream().map(d -> d.id().value()).toList())
                .query((ResultSet rs) -> {
                    versions.computeIfAbsent(rs.getObject("document_id", UUID.class), k -> new ArrayList<>())
                            .add(new Document.Version(rs.getInt("revision"), rs.getString("sha256"),
                                    rs.getString("file_name"), DocumentFormat.valueOf(rs.getString("format")),
                                    rs.getLong("size"), new AccountId(rs.getObject("uploaded_by", UUID.class)),
                                    rs.getTimestamp("uploaded_at").toInstant()));
                });
        return docs.stream().map(d -> withVersions(d, versions.getOrDefault(d.id().value(), List.of()))).toList();
    }

    private static Document withVersions(Document d, List<Document.Version> v) {
        return new Document(d.id(), d.meeting(), d.studyGroup(), d.studyPeriod(), d.kind(), d.number(), d.series(),
                d.title(), d.abstractText(), d.source(), d.sourceOrganisations(), d.contact(), d.contactEmails(),
                d.submittedBy(), d.proposedAgendaItem(), d.questions(), d.workingParties(), d.agendaItems(),
                d.needsTranslation(), d.mark(), d.status(), d.revisedBy(), d.late(), d.lateDecision(), d.isPublic(),
                d.submittedAt(), List.copyOf(v), d.version());
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        String mark = rs.getString("mark");
        String lateDecision = rs.getString("late_decision");
        return new Document(new DocumentId(rs.getObject("id", UUID.class)),
                new MeetingId(rs.getObject("meeting_id", UUID.class)), rs.getInt("study_group"),
                rs.getString("study_period"), DocumentKind.valueOf(rs.getString("kind")), rs.getInt("number"),
                rs.getString("series"), rs.getString("title"), rs.getString("abstract"), rs.getString("source"),
                array(rs.getArray("source_organisations"), UUID.class), rs.getString("contact"),
                array(rs.getArray("contact_emails"), String.class),
                new AccountId(rs.getObject("submitted_by", UUID.class)), rs.getString("proposed_agenda_item"),
                array(rs.getArray("questions"), Integer.class), array(rs.getArray("working_parties"), Integer.class),
                array(rs.getArray("agenda_items"), String.class), rs.getBoolean("needs_translation"),
                mark == null ? null : DocumentMark.valueOf(mark), DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("revised_by"), rs.getBoolean("late"),
                lateDecision == null ? null : LateDecision.valueOf(lateDecision), rs.getBoolean("public"),
                rs.getTimestamp("submitted_at").toInstant(), List.of(), rs.getLong("version"));
    }

    private static <T> List<T> array(Array a, Class<T> type) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) a.getArray()).map(type::cast).toList();
    }

    /** A PostgreSQL array literal; text elements are quoted and escaped. */
    static String literal(List<?> values) {
        return values.stream().map(v -> v instanceof String s
                        ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : String.valueOf(v))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
