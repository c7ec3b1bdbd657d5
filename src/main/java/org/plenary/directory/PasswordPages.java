package org.plenary.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.PlenaryException;
import org.plenary.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot password" and the page a mailed link opens to set a new password. */
@Controller
class PasswordPages {

    private final PasswordReset reset;

    PasswordPages(PasswordReset reset) {
        this.reset = reset;
    }

    @Bean
    static PublicEndpoints passwordPublicEndpoints() {
        return PublicEndpoints.any("/password/forgot", "/password/reset");
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "account/forgot";
    }

    /** Always the same answer, whether or not the address has an account. */
    @PostMapping("/password/forgot")
    String forgot(@RequestParam String email, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            reset.requestByEmail(email, request.getRemoteAddr());
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("forgotError", e);
            model.addAttribute("email", email);
            return "account/forgot";
        }
        model.addAttribute("sentTo", email.strip());
        return "account/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer"); // the token is in this page's address
        if (!reset.isValid(token)) {
            response.setStatus(404);
            model.addAttribute("invalid", true);
        }
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String resetPassword(@RequestParam(required = false) String token, @RequestParam String password,
            @RequestParam String confirm, Model model, HttpServletResponse response) {
        try {
            if (!password.equals(confirm)) {
                throw PlenaryException.invalid("account.passwordsDiffer");
            }
            reset.reset(token, password);
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("token", token);
            model.addAttribute("invalid", !reset.isValid(token));
            model.addAttribute("passwordError", e);
            return "account/reset";
        }
        return "redirect:/login?passwordSet";
    }
}
