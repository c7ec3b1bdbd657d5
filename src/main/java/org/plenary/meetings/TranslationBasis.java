package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plenary.shared.Hashes;
import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers, for each translated text of a meeting, the English it was translated from
 * ({@code meetings_translation_basis}), so a translation whose English changed afterwards shows
 * as needing an update. Every change of a meeting passes through {@link #record}: a language
 * whose text was written gets the current English as its basis; a translation left alone while
 * the English changed keeps (or is pinned to) the English it was made for.
 */
@Repository
class TranslationBasis {

    /** The five languages a meeting's English content is translated into. */
    static final List<String> TARGETS = Languages.CODES.stream().filter(l -> !l.equals("en")).toList();

    public enum Status {
        MISSING, NEEDS_UPDATE, DONE
    }

    private final JdbcClient jdbc;

    TranslationBasis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Bases of a meeting's translations: "key|language" to the English's hash. */
    Map<String, String> of(MeetingId meeting) {
        Map<String, String> bases = new HashMap<>();
        jdbc.sql("select text_key, language, english_sha256 from meetings_translation_basis where meeting_id = :m")
                .param("m", meeting.value())
                .query(rs -> {
                    bases.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                });
        return bases;
    }

    static Status status(LocalizedText text, String language, Map<String, String> bases, String key) {
        if (text.get(language).isEmpty()) {
            return Status.MISSING;
        }
        String basis = bases.get(key + "|" + language);
        return basis == null || basis.equals(sha256(text.get("en"))) ? Status.DONE : Status.NEEDS_UPDATE;
    }

    /** The basis of one translation, if it has one: "key|language" to the English's hash, as {@link #of}. */
    Map<String, String> of(MeetingId meeting, String key, String language) {
        return jdbc.sql("""
                select english_sha256 from meetings_translation_basis
                where meeting_id = :m and text_key = :k and language = :l""")
                .param("m", meeting.value()).param("k", key).param("l", language).query(String.class).optional()
                .map(h -> Map.of(key + "|" + language, h)).orElse(Map.of());
    }

    /**
     * Brings the bases up to date for a meeting changed from {@code before} (as stored until now:
     * the change was made against its version) to {@code after}, writing only what the change
     * touched and reading nothing: a basis exists only beside a translation (written with it,
     * deleted when it is emptied or its text goes), so {@code before} tells which bases there are.
     */
    void record(Meeting before, Meeting after, Instant now) {
        Map<String, LocalizedText> old = texts(before);
        Map<String, LocalizedText> current = texts(after);
        current.forEach((key, text) -> {
            LocalizedText was = old.getOrDefault(key, LocalizedText.of(null));
            for (String lang : TARGETS) {
                String now1 = text.get(lang);
                String then = was.get(lang);
                if (now1.isEmpty()) {
                    if (!then.isEmpty()) {
                        delete(after.id(), key, lang);
                    }
                } else if (!now1.equals(then)) {
                    put(after.id(), key, lang, sha256(text.get("en")), now);
                } else if (!Objects.equals(was.get("en"), text.get("en"))) {
                    pin(after.id(), key, lang, sha256(was.get("en")), now);
                }
            }
        });
        List<String> gone = old.keySet().stream().filter(k -> !current.containsKey(k)).toList();
        if (!gone.isEmpty()) {
            jdbc.sql("delete from meetings_translation_basis where meeting_id = :m and text_key = any(:k)")
                    .param("m", after.id().value()).param("k", gone.toArray(String[]::new)).update();
        }
    }

    private static Map<String, LocalizedText> texts(Meeting m) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        MeetingTexts.of(m).forEach(e -> texts.putIfAbsent(e.key(), e.text()));
        return texts;
    }

    /** A translation left alone while its English changed keeps the English it was made from, if it had none. */
    private void pin(MeetingId meeting, String key, String language, String englishSha256, Instant now) {
        jdbc.sql("""
                insert into meetings_translation_basis (meeting_id, text_key, language, english_sha256, translated_at)
                values (:m, :k, :l, :h, :t) on conflict (meeting_id, text_key, language) do nothing
                """).param("m", meeting.value()).param("k", key).param("l", language).param("h", englishSha256)
                .param("t", Timestamp.from(now)).update();
    }

    /** Sets the English a translation was made from (the translator's page names what it showed). */
    void put(MeetingId meeting, String key, String language, String englishSha256, Instant now) {
        jdbc.sql("""
                insert into meetings_translation_basis (meeting_id, text_key, language, english_sha256, translated_at)
                values (:m, :k, :l, :h, :t)
                on conflict (meeting_id, text_key, language)
                do update set english_sha256 = excluded.english_sha256, translated_at = excluded.translated_at
                """).param("m", meeting.value()).param("k", key).param("l", language).param("h", englishSha256)
                .param("t", Timestamp.from(now)).update();
    }

    private void delete(MeetingId meeting, String key, String language) {
        jdbc.sql("delete from meetings_translation_basis where meeting_id = :m and text_key = :k and language = :l")
                .param("m", meeting.value()).param("k", key).param("l", language).update();
    }

    static String sha256(String text) {
        return Hashes.sha256Hex(text);
    }
}
