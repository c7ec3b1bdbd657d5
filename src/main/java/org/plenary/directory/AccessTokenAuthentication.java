package org.plenary.directory;

import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token: the account's own authorities, and the token's scope. */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final PlenaryPrincipal principal;
    private final UUID tokenId;
    private final TokenScope scope;

    AccessTokenAuthentication(PlenaryPrincipal principal, UUID tokenId, TokenScope scope) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        this.scope = scope;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PlenaryPrincipal getPrincipal() {
        return principal;
    }

    UUID tokenId() {
        return tokenId;
    }

    TokenScope scope() {
        return scope;
    }
}
