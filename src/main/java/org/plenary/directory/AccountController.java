package org.plenary.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.plenary.shared.PlenaryException;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page and the account's own settings (name, language, password). */
@Controller
class AccountController {

    static final String MUST_CHANGE = "plenary.mustChangePassword";

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PlenaryPrincipal me, Model model) {
        model.addAttribute("account", accounts.find(me.accountId()).orElseThrow());
        return "account/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal PlenaryPrincipal me, Model model) {
        return account(me, model);
    }

    @PostMapping("/account/profile")
    String profile(@AuthenticationPrincipal PlenaryPrincipal me, @RequestParam String name,
            @RequestParam String language, Model model, RedirectAttributes redirect) {
        try {
            accounts.updateProfile(me.accountId(), name, language);
        } catch (PlenaryException e) {
            model.addAttribute("profileError", e);
            return account(me, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account?lang=" + language;
    }

    @PostMapping("/account/password")
    String password(@AuthenticationPrincipal PlenaryPrincipal me, @RequestParam String current,
            @RequestParam String password, @RequestParam String confirm, HttpSession session, Model model,
            RedirectAttributes redirect) {
        try {
            if (!password.equals(confirm)) {
                throw PlenaryException.invalid("account.passwordsDiffer");
            }
            accounts.changePassword(me.accountId(), current, password);
        } catch (PlenaryException e) {
            model.addAttribute("passwordError", e);
            return account(me, model);
        }
        session.removeAttribute(MUST_CHANGE);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    /** Until a one-time password is replaced, every page leads to the password form. */
    @Configuration(proxyBeanMethods = false)
    static class MustChangePasswordGate implements WebMvcConfigurer {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler)
                        throws Exception {
                    HttpSession s = req.getSession(false);
                    if (s != null && Boolean.TRUE.equals(s.getAttribute(MUST_CHANGE))) {
                        res.sendRedirect(req.getContextPath() + "/account/password");
                        return false;
                    }
                    return true;
                }
            }).addPathPatterns("/**").excludePathPatterns("/account/**", "/logout", "/login", "/css/**",
                    "/js/**", "/error", "/api/**");
        }
    }
}
