package org.plenary.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of a refused provider sign-in, and linking a provider to the logged-in account. */
@Controller
class OidcPages {

    private static final Set<String> REASONS = Set.of("unverified", "local", "elsewhere", "disabled", "failed");

    private final OidcProviders providers;

    OidcPages(OidcProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login/refused")
    String refused(@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", reason != null && REASONS.contains(reason) ? reason : "failed");
        return "account/refused";
    }

    /** Remembers who asked and sends them to the provider; the provider's answer links its identity ({@link OidcSignIn}). */
    @PostMapping("/account/providers/{id}/link")
    String link(@PathVariable String id, HttpSession session) {
        PlenaryPrincipal me = CurrentUser.require();
        if (providers.buttons().stream().noneMatch(b -> b.id().equals(id))) {
            throw PlenaryException.notFound("login.providerUnknown");
        }
        session.setAttribute(OidcSignIn.LINKING, me.accountId().value().toString());
        return "redirect:/oauth2/authorization/" + id;
    }

    /** A line of the account page's providers. */
    record Linked(String displayName, String email, LocalDate linkedOn) {
    }

    static List<Linked> linked(List<IdentityLinks.Link> links, OidcProviders providers, ZoneId zone) {
        return links.stream().map(l -> new Linked(providers.displayName(l.provider()), l.email(),
                l.linkedAt().atZone(zone).toLocalDate())).toList();
    }
}
