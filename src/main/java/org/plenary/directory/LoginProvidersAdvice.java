package org.plenary.directory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.shared.Formats;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the login and account pages show about sign-in: provider buttons, whether passwords are on, linked providers. */
@ControllerAdvice(assignableTypes = {AccountController.class, OidcPages.class, AccessTokenPages.class})
class LoginProvidersAdvice {

    private final OidcProviders providers;
    private final OidcSettings settings;
    private final OidcAccounts accounts;
    private final Formats formats;

    LoginProvidersAdvice(OidcProviders providers, OidcSettings settings, OidcAccounts accounts, Formats formats) {
        this.providers = providers;
        this.settings = settings;
        this.accounts = accounts;
        this.formats = formats;
    }

    @ModelAttribute("providers")
    List<OidcProviders.Button> providers() {
        return providers.buttons();
    }

    @ModelAttribute("localPasswords")
    boolean localPasswords() {
        return settings.passwordsAllowed();
    }

    @ModelAttribute("linkedProviders")
    List<OidcPages.Linked> linkedProviders() {
        return CurrentUser.find().map(me -> OidcPages.linked(accounts.linksOf(me.accountId()), providers,
                formats.secretariatZone())).orElse(List.of());
    }

    /** Providers the logged-in person may still link (each identity of a provider once). */
    @ModelAttribute("linkable")
    List<OidcProviders.Button> linkable() {
        Set<String> linked = CurrentUser.find().map(me -> accounts.linksOf(me.accountId()).stream()
                .map(IdentityLinks.Link::provider).collect(Collectors.toSet())).orElse(Set.of());
        return providers.buttons().stream().filter(b -> !linked.contains(b.id())).toList();
    }
}
