package org.plenary.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.plenary.shared.InputLimits;
import org.plenary.shared.Languages;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a provider's signed-in person is, and what the operator-mapped claims grant.
 * <ol>
 * <li>An identity (issuer and subject) linked before signs in to its account.</li>
 * <li>A person logged in to Plenary who asked to link a provider gets that identity linked to their account.</li>
 * <li>Otherwise only an e-mail address the provider marks {@code email_verified=true} counts: a new address
 * creates an account; an account that was itself created through a provider (no password) gets this identity
 * too; an account with a password, or imported and never used, is refused: its owner logs in and links.</li>
 * </ol>
 * Refusals are {@link OAuth2AuthenticationException}s whose codes the login failure page translates.
 */
@Service
class OidcAccounts {

    static final String UNVERIFIED = "plenary_email_unverified";
    static final String LOCAL_ACCOUNT = "plenary_local_account";
    static final String LINKED_ELSEWHERE = "plenary_linked_elsewhere";
    static final String DISABLED = "plenary_account_disabled";

    private final Accounts accounts;
    private final IdentityLinks links;
    private final AccountSessions sessions;
    private final Clock clock;

    OidcAccounts(Accounts accounts, IdentityLinks links, AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The account the provider's person signs in to, its roles brought up to date with the claims.
     *
     * @param linking the logged-in account that asked to link this provider, or null
     */
    @Transactional
    Account signIn(String provider, OidcSettings.Provider settings, OidcUser user, AccountId linking) {
        String issuer = user.getIssuer().toString();
        String subject = user.getSubject();
        Optional<IdentityLinks.Link> known = links.find(issuer, subject);
        Account account;
        if (linking != null) {
            if (known.isPresent() && !known.get().account().equals(linking)) {
                throw refused(LINKED_ELSEWHERE);
            }
            account = accounts.findById(linking).orElseThrow(() -> refused(DISABLED)).account();
            if (known.isEmpty()) {
                links.insert(issuer, subject, provider, account.id(), user.getEmail(), clock.instant());
            }
        } else if (known.isPresent()) {
            account = accounts.findById(known.get().account()).orElseThrow(() -> refused(DISABLED)).account();
        } else {
            account = byVerifiedEmail(user);
            links.insert(issuer, subject, provider, account.id(), email(user), clock.instant());
        }
        if (!account.enabled()) {
            throw refused(DISABLED);
        }
        return applyClaims(account, issuer, subject, settings, user);
    }

    List<IdentityLinks.Link> linksOf(AccountId account) {
        return links.of(account);
    }

    private Account byVerifiedEmail(OidcUser user) {
        String email = email(user);
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw refused(UNVERIFIED);
        }
        Optional<Accounts.Stored> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Accounts.Stored s = existing.get();
            // only an account whose owner was known solely through providers' verified addresses
            if (s.passwordHash() != null || links.of(s.account().id()).isEmpty()) {
                throw refused(LOCAL_ACCOUNT);
            }
            return s.account();
        }
        String lang = user.getLocale() == null ? null : user.getLocale().replace('_', '-').split("-")[0].toLowerCase();
        Account a = new Account(AccountId.random(), email, name(user, email), Languages.isSupported(lang) ? lang : "en",
                Set.of(Role.DELEGATE), true, false, clock.instant());
        accounts.insert(a, null);
        return a;
    }

    private Account applyClaims(Account account, String issuer, String subject, OidcSettings.Provider settings,
            OidcUser user) {
        IdentityLinks.Link link = links.find(issuer, subject).orElseThrow();
        MembershipCategory standing = settings.membershipClaim() != null
                && claimMatches(user.getClaims().get(settings.membershipClaim()), settings.membershipValues())
                ? settings.membershipCategory() : null;
        boolean inGroup = settings.secretariatGroup() != null && !settings.secretariatGroup().isBlank()
                && claimMatches(user.getClaims().get(settings.groupsClaim()), List.of(settings.secretariatGroup()));
        boolean had = account.has(Role.SECRETARIAT);
        boolean grants = false;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.roles());
        if (inGroup) {
            grants = link.grantsSecretariat() || !had;
            roles.add(Role.SECRETARIAT);
        } else if (link.grantsSecretariat() && links.of(account.id()).stream()
                .noneMatch(l -> l.grantsSecretariat() && !(l.issuer().equals(issuer) && l.subject().equals(subject)))) {
            roles.remove(Role.SECRETARIAT);
        }
        links.signedIn(issuer, subject, standing, grants, clock.instant());
        if (!roles.equals(account.roles())) {
            accounts.updateRoles(account.id(), roles);
            // sessions opened with the old roles end; this sign-in starts with the new ones
            sessions.endOthers(account.email());
        }
        return accounts.findById(account.id()).orElseThrow().account();
    }

    /** A claim counts when it is one of the values, a list holding one, or {@code true} where "true" is a value. */
    static boolean claimMatches(Object claim, List<String> values) {
        if (claim instanceof Collection<?> c) {
            return c.stream().anyMatch(v -> v != null && values.contains(v.toString()));
        }
        return claim != null && (claim instanceof String || claim instanceof Boolean) && values.contains(claim.toString());
    }

    private static String email(OidcUser user) {
        String e = user.getEmail();
        if (e == null) {
            return null;
        }
        e = e.strip();
        return e.length() <= 320 && e.matches("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+$") ? e : null;
    }

    private static String name(OidcUser user, String email) {
        String n = user.getFullName();
        if (n == null || n.isBlank()) {
            n = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                    + (user.getFamilyName() == null ? "" : user.getFamilyName()));
        }
        n = n.replaceAll("\\p{Cntrl}", " ").strip();
        if (n.isBlank()) {
            n = email.substring(0, email.indexOf('@'));
        }
        return n.length() > InputLimits.NAME ? n.substring(0, InputLimits.NAME) : n;
    }

    static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }

    static Collection<org.springframework.security.core.GrantedAuthority> authorities(Account a) {
        return a.roles().stream().<org.springframework.security.core.GrantedAuthority>map(
                r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority())).toList();
    }
}
