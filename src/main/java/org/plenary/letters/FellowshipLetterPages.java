package org.plenary.letters;

import java.util.Locale;
import java.util.UUID;

import org.plenary.shared.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The download of a fellowship decision letter (login required; its applicant or the secretariat). */
@Controller
class FellowshipLetterPages {

    private final FellowshipLetters letters;

    FellowshipLetterPages(FellowshipLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/fellowships/{id}/decision.pdf")
    ResponseEntity<byte[]> decision(@PathVariable UUID id, Locale locale) {
        return Downloads.pdf(letters.pdf(id, locale), "fellowship-decision-" + id + ".pdf");
    }
}
