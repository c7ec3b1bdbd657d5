package org.plenary.letters;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.plenary.directory.CurrentUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat's wording of a meeting's collective letter: a standard paragraph per language
 * ("body.invitation", "annexA.visa" …, an empty text leaves it out), or a fact the paragraphs cite
 * for every language (language "*", key "fact.fellowshipEmail" …).
 */
@RestController
@RequestMapping("/api/v1/meetings/{code}/letter/wording")
class ParagraphOverrideApi {

    private final ParagraphOverrides overrides;

    ParagraphOverrideApi(ParagraphOverrides overrides) {
        this.overrides = overrides;
    }

    record TextInput(String text) {
    }

    @GetMapping("/{language}")
    @Operation(summary = "The meeting's own wording of the letter's paragraphs in a language")
    List<ParagraphOverrides.Override> list(@PathVariable String code, @PathVariable String language) {
        return overrides.of(code, language);
    }

    @PutMapping("/{language}/{key}")
    @Operation(summary = "Word a standard paragraph (or a fact, language \"*\") for this meeting (secretariat)")
    ParagraphOverrides.Override set(@PathVariable String code, @PathVariable String language,
            @PathVariable String key, @RequestBody TextInput in) {
        return overrides.set(code, language, key, in == null ? "" : in.text(), CurrentUser.require().accountId().value());
    }

    @DeleteMapping("/{language}/{key}")
    @Operation(summary = "Return a paragraph (or fact) to TSB's standard wording (secretariat)")
    void reset(@PathVariable String code, @PathVariable String language, @PathVariable String key) {
        overrides.reset(code, language, key, CurrentUser.require().accountId().value());
    }
}
