package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Brings the bases up to date for a meeting changed from {@code before} to {@code after}. */
    void record(Meeting before, Meeting after, Instant now) {
        Map<String, String> bases = of(after.id());
        Map<String, LocalizedText> old = MeetingTexts.of(before).stream()
                .collect(Collectors.toMap(MeetingTexts.Entry::key, MeetingTexts.Entry::text, (a, b) -> a));
        Set<String> keys = MeetingTexts.of(after).stream().map(MeetingTexts.Entry::key).collect(Collectors.toSet());
        for (MeetingTexts.Entry e : MeetingTexts.of(after)) {
            LocalizedText was = old.getOrDefault(e.key(), LocalizedText.of(null));
            for (String lang : TARGETS) {
                String now1 = e.text().get(lang);
                String then = was.get(lang);
                boolean known = bases.containsKey(e.key() + "|" + lang);
                if (now1.isEmpty()) {
                    if (known) {
                        delete(after.id(), e.key(), lang);
                    }
                } else if (!now1.equals(then)) {
                    put(after.id(), e.key(), lang, sha256(e.text().get("en")), now);
                } else if (!known && !Objects.equals(was.get("en"), e.text().get("en"))) {
                    put(after.id(), e.key(), lang, sha256(was.get("en")), now);
                }
            }
        }
        bases.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('|'))).filter(k -> !keys.contains(k)).distinct()
                .forEach(k -> jdbc.sql("delete from meetings_translation_basis where meeting_id = :m and text_key = :k")
                        .param("m", after.id().value()).param("k", k).update());
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
