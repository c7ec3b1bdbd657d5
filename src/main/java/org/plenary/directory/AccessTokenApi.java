package org.plenary.directory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/me/tokens}: one's own personal access tokens. Listing needs any authentication; creating
 * needs the password (HTTP Basic), never a token; revoking needs a write token or the password.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class AccessTokenApi {

    private final PersonalAccessTokens tokens;

    AccessTokenApi(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    record TokenJson(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
        static TokenJson of(AccessTokens.Line l) {
            return new TokenJson(l.id(), l.name(), l.scope(), l.createdAt(), l.expiresAt(), l.lastUsedAt());
        }
    }

    /** The answer to a creation: the only time the token's value is shown. */
    record CreatedJson(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt, String token) {
    }

    record NewTokenJson(String name, TokenScope scope, Integer expiresInDays) {
    }

    @GetMapping
    List<TokenJson> mine() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    @PostMapping
    ResponseEntity<CreatedJson> create(@RequestBody NewTokenJson body) {
        PersonalAccessTokens.Created c = tokens.create(body.name(), body.scope(), body.expiresInDays());
        AccessTokens.Line l = c.line();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + l.id()))
                .body(new CreatedJson(l.id(), l.name(), l.scope(), l.createdAt(), l.expiresAt(), c.value()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(id);
    }
}
