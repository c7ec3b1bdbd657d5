package org.plenary.directory;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's access tokens: creating one (its value is rendered in the answer to the POST, once,
 * never put in a URL or the session) and revoking one after a confirmation page.
 */
@Controller
class AccessTokenPages {

    private final PersonalAccessTokens tokens;
    private final AccountManagement accounts;
    private final AccessTokenAdvice lines;

    AccessTokenPages(PersonalAccessTokens tokens, AccountManagement accounts, AccessTokenAdvice lines) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.lines = lines;
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) TokenScope scope,
            @RequestParam(required = false) Integer expiresInDays, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("newToken", tokens.create(name, scope, expiresInDays));
            model.addAttribute("tokens", lines.tokens());
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("tokenError", e);
            model.addAttribute("tokenName", name);
        }
        model.addAttribute("account", accounts.find(CurrentUser.require().accountId()).orElseThrow());
        return "account/account";
    }

    @GetMapping("/account/tokens/{id}/revoke")
    String confirmRevoke(@PathVariable UUID id, Model model) {
        model.addAttribute("token", tokens.mine(id));
        return "account/revoke-token";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        AccessTokens.Line line = tokens.mine(id);
        tokens.revoke(id);
        redirect.addFlashAttribute("tokenRevoked", line.name());
        return "redirect:/account";
    }
}
