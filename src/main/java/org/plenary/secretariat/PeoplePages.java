package org.plenary.secretariat;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.FocalPointInvitations;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PasswordLinkIssued;
import org.plenary.directory.PasswordReset;
import org.plenary.shared.FormError;
import org.plenary.shared.InputLimits;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /secretariat/people}: find a person and mail them a link to set their password (an
 * invitation, or a reset: {@link PasswordReset#sendLink}); add an organisation's focal point and
 * invite them ({@link FocalPointInvitations}).
 */
@Controller
class PeoplePages {

    private final AccountManagement accounts;
    private final Directory directory;
    private final PasswordReset reset;
    private final FocalPointInvitations invitations;
    private final MessageSource messages;

    PeoplePages(AccountManagement accounts, Directory directory, PasswordReset reset,
            FocalPointInvitations invitations, MessageSource messages) {
        this.accounts = accounts;
        this.directory = directory;
        this.reset = reset;
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/secretariat/people")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String page(@RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("found", accounts.search(q));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("languages", Languages.CODES);
        return "secretariat/focal-points";
    }

    @PostMapping("/secretariat/people/{account}/password-link")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String passwordLink(@PathVariable UUID account, Locale locale, RedirectAttributes flash) {
        try {
            PasswordLinkIssued.Reason sent = reset.sendLink(new AccountId(account));
            String name = accounts.find(new AccountId(account)).map(a -> a.name()).orElse("");
            flash.addFlashAttribute("notice", messages.getMessage("people.linkSent." + sent.name(),
                    new Object[] {name}, locale));
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/secretariat/people";
    }

    @PostMapping("/secretariat/people/focal-points")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String addFocalPoint(@RequestParam UUID organisation, @RequestParam @Size(max = InputLimits.NAME) String email,
            @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String name,
            @RequestParam(defaultValue = "en") @Size(max = 5) String language, Locale locale,
            RedirectAttributes flash) {
        try {
            FocalPointInvitations.Invited done = invitations.invite(new OrganisationId(organisation), email, name,
                    language);
            flash.addFlashAttribute("notice", messages.getMessage("people.focalPointInvited." + done.mail().name(),
                    new Object[] {done.account().name(), done.account().email()}, locale));
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/secretariat/people";
    }

    private String message(PlenaryException e, Locale locale) {
        return FormError.message(e, messages, locale);
    }
}
