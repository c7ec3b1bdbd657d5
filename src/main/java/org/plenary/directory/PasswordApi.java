package org.plenary.directory;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat mails a person a link to set their password (an invitation if they have none yet). */
@RestController
@RequestMapping("/api/v1")
class PasswordApi {

    private final PasswordReset reset;

    PasswordApi(PasswordReset reset) {
        this.reset = reset;
    }

    record LinkSent(String sent) {
    }

    @PostMapping("/accounts/{id}/password-link")
    LinkSent sendLink(@PathVariable UUID id) {
        return new LinkSent(reset.sendLink(new AccountId(id)).name());
    }
}
