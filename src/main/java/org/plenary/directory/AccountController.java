package org.plenary.directory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page, replacing a one-time password, and the account's own settings (name, language, password). */
@Controller
class AccountController {

    /** Session attribute: the e-mail address whose one-time password was just accepted. */
    static final String RENEW_EMAIL = "plenary.renewEmail";

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/login/renew")
    String renewForm(HttpSession session, Model model) {
        Object email = session.getAttribute(RENEW_EMAIL);
        if (email == null) {
            return "redirect:/login";
        }
        model.addAttribute("email", email);
        return "account/renew";
    }

    /** Replaces a one-time password; the account can log in only after this. */
    @PostMapping("/login/renew")
    String renew(HttpSession session, @RequestParam String current, @RequestParam String password,
            @RequestParam String confirm, Model model, HttpServletResponse response) {
        Object email = session.getAttribute(RENEW_EMAIL);
        if (email == null) {
            return "redirect:/login";
        }
        try {
            if (!password.equals(confirm)) {
                throw PlenaryException.invalid("account.passwordsDiffer");
            }
            accounts.replaceOneTimePassword(email.toString(), current, password);
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("email", email);
            model.addAttribute("passwordError", e);
            return "account/renew";
        }
        session.removeAttribute(RENEW_EMAIL);
        return "redirect:/login?renewed";
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("account", accounts.find(CurrentUser.require().accountId()).orElseThrow());
        return "account/account";
    }

    @PostMapping("/account/profile")
    String profile(@RequestParam String name, @RequestParam String language, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.updateProfile(CurrentUser.require().accountId(), name, language);
        } catch (PlenaryException e) {
            model.addAttribute("profileError", e);
            return account(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account?lang=" + language;
    }

    @PostMapping("/account/password")
    String password(@RequestParam String current,
            @RequestParam String password, @RequestParam String confirm, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (!password.equals(confirm)) {
                throw PlenaryException.invalid("account.passwordsDiffer");
            }
            accounts.changePassword(CurrentUser.require().accountId(), current, password);
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("passwordError", e);
            return account(model);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }
}
