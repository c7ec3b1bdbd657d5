package org.plenary.directory;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After Spring Security has checked the provider's ID token (signature, issuer, audience, expiry,
 * nonce), turns the provider's person into a Plenary account ({@link OidcAccounts}).
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Session attribute: the account (id) that asked on its account page to link a provider. */
    static final String LINKING = "plenary.linkingAccount";

    private final OidcUserService standard = new OidcUserService();
    private final OidcAccounts accounts;
    private final OidcProviders providers;

    OidcSignIn(OidcAccounts accounts, OidcProviders providers) {
        this.accounts = accounts;
        this.providers = providers;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = standard.loadUser(request);
        String provider = request.getClientRegistration().getRegistrationId();
        Account a = accounts.signIn(provider, providers.settings(provider), user, linkingAccount());
        return new PlenaryOidcUser(a, OidcAccounts.authorities(a), user.getIdToken(), user.getUserInfo());
    }

    /** The logged-in account that asked to link, if the same account is still logged in (the request is taken once). */
    private static AccountId linkingAccount() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r)) {
            return null;
        }
        HttpSession session = r.getRequest().getSession(false);
        Object asked = session == null ? null : session.getAttribute(LINKING);
        if (asked == null) {
            return null;
        }
        session.removeAttribute(LINKING);
        return CurrentUser.find().map(PlenaryPrincipal::accountId)
                .filter(a -> a.value().toString().equals(asked)).orElse(null);
    }
}
