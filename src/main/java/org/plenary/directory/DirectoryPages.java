package org.plenary.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.PlenaryException;
import org.plenary.shared.PublicEndpoints;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-service sign-up, and the secretariat's directory page with the CSV import. */
@Controller
class DirectoryPages {

    private final SignUp signUp;
    private final Directory directory;
    private final DirectoryImport importer;
    private final MessageSource messages;

    DirectoryPages(SignUp signUp, Directory directory, DirectoryImport importer,
            MessageSource messages) {
        this.messages = messages;
        this.signUp = signUp;
        this.directory = directory;
        this.importer = importer;
    }

    @Bean
    static PublicEndpoints signUpPublicEndpoints() {
        return PublicEndpoints.any("/signup", "/signup/confirm");
    }

    @GetMapping("/signup")
    String signUpForm() {
        return "directory/signup";
    }

    @PostMapping("/signup")
    String signUp(@RequestParam String name, @RequestParam String email, @RequestParam String password,
            @RequestParam(defaultValue = "en") String language, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            signUp.request(email, name, password, language, request.getRemoteAddr());
        } catch (PlenaryException e) {
            response.setStatus(e.status().value());
            model.addAttribute("signUpError", e);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            return "directory/signup";
        }
        model.addAttribute("sentTo", email.strip());
        return "directory/signup";
    }

    @GetMapping("/signup/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        signUp.confirm(token);
        model.addAttribute("confirmed", true);
        return "directory/signup";
    }

    @GetMapping("/secretariat/directory")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String directory(Model model, Locale locale) {
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("directory", directory);
        return "directory/organisations";
    }

    @PostMapping("/secretariat/directory/import")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String importCsv(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean atomic,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            DirectoryImport.Result result = importer.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8),
                    atomic);
            model.addAttribute("result", result);
            model.addAttribute("errorLines", result.errors().stream().map(e -> messages.getMessage(
                    "directory.import.line", new Object[] {e.line(),
                            messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)}, locale)).toList());
        } catch (PlenaryException e) {
            model.addAttribute("importError", e);
        }
        return directory(model, locale);
    }
}
