package org.plenary.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Role;
import org.plenary.meetings.TranslationBasis.Status;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat translates a meeting's content one text at a time, beside the English: each
 * text's status in each language is missing, needs an update (the English changed after it was
 * translated) or done.
 */
@Service
public class Translations {

    /** One text as the translator sees it; {@code englishSha256} names the English shown. */
    public record Row(MeetingTexts.Entry entry, String english, String translation, Status status,
            String englishSha256) {
    }

    /** How far one language is: counts of texts done, needing an update, missing. */
    public record Progress(String language, long done, long needsUpdate, long missing) {

        public long total() {
            return done + needsUpdate + missing;
        }
    }

    /** A line under the English forms: of the {@code languages} others, how many have texts missing or to update. */
    public record Summary(int languages, long needWork) {
    }

    private final MeetingManagement meetings;
    private final MeetingChanges changes;
    private final TranslationBasis bases;
    private final Clock clock;

    Translations(MeetingManagement meetings, MeetingChanges changes, TranslationBasis bases, Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.bases = bases;
        this.clock = clock;
    }

    /** The texts that have an English original, with their state in the language. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Row> rows(Meeting m, String language) {
        requireTarget(language);
        Map<String, String> known = bases.of(m.id());
        return MeetingTexts.of(m).stream().filter(e -> !e.text().get("en").isEmpty())
                .map(e -> new Row(e, e.text().get("en"), e.text().get(language),
                        TranslationBasis.status(e.text(), language, known, e.key()),
                        TranslationBasis.sha256(e.text().get("en"))))
                .toList();
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Progress> progress(Meeting m) {
        Map<String, String> known = bases.of(m.id());
        List<MeetingTexts.Entry> texts = MeetingTexts.of(m).stream().filter(e -> !e.text().get("en").isEmpty()).toList();
        return TranslationBasis.TARGETS.stream().map(lang -> {
            long[] counts = new long[Status.values().length];
            texts.forEach(e -> counts[TranslationBasis.status(e.text(), lang, known, e.key()).ordinal()]++);
            return new Progress(lang, counts[Status.DONE.ordinal()], counts[Status.NEEDS_UPDATE.ordinal()],
                    counts[Status.MISSING.ordinal()]);
        }).toList();
    }

    /** How far one language is (the translation desk's progress line). */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Progress progress(Meeting m, String language) {
        requireTarget(language);
        return progress(m).stream().filter(p -> p.language().equals(language)).findFirst().orElseThrow();
    }

    /** How far the other languages are, for the secretariat; empty for anyone else (they do not translate). */
    public Optional<Summary> summary(Meeting m) {
        if (CurrentUser.find().filter(me -> me.has(Role.SECRETARIAT)).isEmpty()) {
            return Optional.empty();
        }
        List<Progress> all = progress(m);
        return Optional.of(new Summary(all.size(), all.stream().filter(p -> p.done() < p.total()).count()));
    }

    /** What the translation desk answers after a save: the meeting at its new version and the text's row. */
    public record Translated(Meeting meeting, Row row) {
    }

    /**
     * Writes one language of one text (blank removes the translation). {@code seenEnglishSha256}
     * is the English the translator saw: if the English changed meanwhile, the translation is kept
     * but still shows as needing an update. Reads the meeting once and writes it once; the answer's
     * row comes from what was written, not from reading the meeting and every text's basis again.
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public Translated translate(String code, String key, String language, String text, String seenEnglishSha256) {
        requireTarget(language);
        Meeting m = meetings.get(code);
        MeetingTexts.Entry before = MeetingTexts.find(m, key).filter(e -> !e.text().get("en").isEmpty())
                .orElseThrow(() -> PlenaryException.notFound("translations.unknownText", key));
        if (text != null && text.strip().length() > before.kind().limit()) {
            throw PlenaryException.invalid("problem.tooLong", "text", before.kind().limit());
        }
        Meeting saved = changes.write(MeetingTexts.with(m, key, language, text).orElseThrow());
        MeetingTexts.Entry entry = MeetingTexts.find(saved, key).orElseThrow();
        String english = entry.text().get("en");
        String translation = entry.text().get(language);
        boolean written = !translation.equals(before.text().get(language)); // the change recorded its basis
        boolean seen = seenEnglishSha256 != null && seenEnglishSha256.matches("[0-9a-f]{64}");
        Map<String, String> known;
        if (translation.isEmpty()) {
            known = Map.of();
        } else if (seen) {
            if (!(written && seenEnglishSha256.equals(TranslationBasis.sha256(english)))) {
                bases.put(saved.id(), key, language, seenEnglishSha256, clock.instant());
            }
            known = Map.of(key + "|" + language, seenEnglishSha256);
        } else {
            known = written ? Map.of() : bases.of(saved.id(), key, language);
        }
        return new Translated(saved, new Row(entry, english, translation,
                TranslationBasis.status(entry.text(), language, known, key), TranslationBasis.sha256(english)));
    }

    private static void requireTarget(String language) {
        if (!TranslationBasis.TARGETS.contains(language)) {
            throw PlenaryException.notFound("translations.unknownLanguage", String.valueOf(language));
        }
    }
}
