package org.plenary.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.plenary.shared.Formats;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the account page shows about access tokens: one's tokens and the choices for a new one. */
@ControllerAdvice(assignableTypes = {AccountController.class, AccessTokenPages.class})
class AccessTokenAdvice {

    private final PersonalAccessTokens tokens;
    private final Formats formats;

    AccessTokenAdvice(PersonalAccessTokens tokens, Formats formats) {
        this.tokens = tokens;
        this.formats = formats;
    }

    /** A line of the account page's tokens, dates in the secretariat's zone. */
    record TokenLine(UUID id, String name, TokenScope scope, LocalDate createdOn, LocalDate expiresOn,
            boolean expired, String lastUsed) {
    }

    @ModelAttribute("tokens")
    List<TokenLine> tokens() {
        if (CurrentUser.find().isEmpty()) {
            return List.of();
        }
        ZoneId zone = formats.secretariatZone();
        return tokens.mine().stream().map(l -> new TokenLine(l.id(), l.name(), l.scope(),
                l.createdAt().atZone(zone).toLocalDate(), l.expiresAt().atZone(zone).toLocalDate(), tokens.expired(l),
                l.lastUsedAt() == null ? null : formats.dateTime(l.lastUsedAt(), zone))).toList();
    }

    @ModelAttribute("tokenExpiries")
    List<Integer> tokenExpiries() {
        return PersonalAccessTokens.EXPIRIES.stream().sorted().toList();
    }
}
