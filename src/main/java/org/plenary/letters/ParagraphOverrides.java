package org.plenary.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's per-meeting wording of the collective letter's standard paragraphs. Every
 * change is a new revision that records the meeting version it was written against, so the
 * wording is versioned with the meeting; the letter reads each key's latest revision.
 */
@Service
public class ParagraphOverrides {

    /** Language of overrides that hold facts ("fact.fellowshipEmail"), the same in every language. */
    public static final String ALL_LANGUAGES = "*";

    private final JdbcClient jdbc;
    private final MeetingManagement meetings;
    private final Clock clock;

    ParagraphOverrides(JdbcClient jdbc, MeetingManagement meetings, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.clock = clock;
    }

    public record Override(String language, String key, String text, long meetingVersion, int revision) {
    }

    /** Sets a paragraph's (or fact's) wording for the meeting; an empty text leaves the paragraph out. */
    @OfficerOfMeeting
    @Transactional
    public Override set(String code, String language, String key, String text, UUID by) {
        return write(code, language, key, text == null ? "" : text.strip(), by, false);
    }

    /** Back to the standard wording. */
    @OfficerOfMeeting
    @Transactional
    public void reset(String code, String language, String key, UUID by) {
        write(code, language, key, "", by, true);
    }

    /** The latest revision of each overridden key, for the language. */
    public List<Override> of(String code, String language) {
        Meeting m = meetings.get(code);
        return jdbc.sql("""
                select distinct on (key) language, key, text, meeting_version, revision, removed
                  from letters_paragraph_override
                 where meeting_id = :m and language = :l
                 order by key, revision desc""")
                .param("m", m.id().value()).param("l", language)
                .query((rs, i) -> rs.getBoolean("removed") ? null
                        : new Override(rs.getString("language"), rs.getString("key"), rs.getString("text"),
                                rs.getLong("meeting_version"), rs.getInt("revision")))
                .list().stream().filter(o -> o != null).toList();
    }

    /** Key → text for a letter in the language: the facts for all languages, then the language's own. */
    Map<String, String> forLetter(Meeting m, String language) {
        Map<String, String> map = new LinkedHashMap<>();
        of(m.code(), ALL_LANGUAGES).forEach(o -> map.put(o.key(), o.text()));
        of(m.code(), language).forEach(o -> map.put(o.key(), o.text()));
        return map;
    }

    private Override write(String code, String language, String key, String text, UUID by, boolean removed) {
        Meeting m = meetings.get(code);
        boolean isFact = ALL_LANGUAGES.equals(language);
        if (!isFact && !Languages.isSupported(language)) {
            throw PlenaryException.invalid("letter.override.language", language);
        }
        if (key == null || !(isFact ? key.matches("fact\\.[A-Za-z]{1,60}")
                : key.matches("body\\.studyGroupWork\\.\\d{1,2}")
                        || StandardWording.paragraphs("en").containsKey(key) && !key.startsWith("format."))) {
            throw PlenaryException.invalid("letter.override.key", String.valueOf(key));
        }
        if (text.length() > 10_000) {
            throw PlenaryException.invalid("letter.override.tooLong", 10_000);
        }
        int revision = jdbc.sql("""
                select coalesce(max(revision), 0) + 1 from letters_paragraph_override
                 where meeting_id = :m and language = :l and key = :k""")
                .param("m", m.id().value()).param("l", language).param("k", key).query(Integer.class).single();
        try {
            jdbc.sql("""
                insert into letters_paragraph_override
                    (meeting_id, language, key, text, meeting_version, revision, changed_at, changed_by, removed)
                values (:m, :l, :k, :t, :v, :r, :at, :by, :removed)""")
                .param("m", m.id().value()).param("l", language).param("k", key).param("t", text)
                .param("v", m.version()).param("r", revision)
                .param("at", Timestamp.from(clock.instant())).param("by", by).param("removed", removed)
                .update();
        } catch (DuplicateKeyException e) {
            throw PlenaryException.conflict("letter.override.concurrent", key);
        }
        return new Override(language, key, text, m.version(), revision);
    }
}
