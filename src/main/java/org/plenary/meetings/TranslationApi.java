package org.plenary.meetings;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.plenary.meetings.TranslationBasis.Status;
import org.plenary.shared.InputLimits;
import org.plenary.shared.PlenaryException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The translation desk in JSON: progress per language, the texts of one language, one text written. */
@RestController
@RequestMapping("/api/v1/meetings/{code}/translations")
@Tag(name = "Meetings")
class TranslationApi {

    private final MeetingManagement meetings;
    private final Translations translations;

    TranslationApi(MeetingManagement meetings, Translations translations) {
        this.meetings = meetings;
        this.translations = translations;
    }

    record TextView(String key, MeetingTexts.Kind kind, String english, String translation, Status status,
            String englishSha256) {
        static TextView of(Translations.Row r) {
            return new TextView(r.entry().key(), r.entry().kind(), r.english(), r.translation(), r.status(),
                    r.englishSha256());
        }
    }

    /** A translation; {@code englishSha256} names the English it was made from, as the GET gave it. */
    record TranslationInput(@Size(max = InputLimits.TEXT) String text, @Size(max = 64) String englishSha256) {
    }

    @GetMapping
    @Operation(summary = "How far each language is (secretariat)")
    List<Translations.Progress> progress(@PathVariable String code) {
        return translations.progress(meetings.get(code));
    }

    @GetMapping("/{language}")
    @Operation(summary = "Every text with an English original, beside its translation and status (secretariat)")
    List<TextView> texts(@PathVariable String code, @PathVariable String language) {
        return translations.rows(meetings.get(code), language).stream().map(TextView::of).toList();
    }

    @PutMapping("/{language}/{key}")
    @Operation(summary = "Write one text in one language; an empty text removes the translation (secretariat)")
    TextView translate(@PathVariable String code, @PathVariable String language, @PathVariable String key,
            @RequestBody TranslationInput in) {
        if (in == null) {
            throw PlenaryException.invalid("problem.malformed");
        }
        return TextView.of(translations.translate(code, key, language, in.text(), in.englishSha256()).row());
    }
}
