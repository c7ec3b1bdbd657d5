package org.plenary.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.plenary.directory.AccountManagement;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delegate's registration form and status (the focal point's pages: {@link FocalPointPages}). */
@Controller
class RegistrationPages {

    private final RegistrationManagement registrations;
    private final RegistrationSubmission submission;
    private final RegistrationDecisions decisions;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;
    private final BadgePrinter badges;
    private final Clock clock;

    RegistrationPages(RegistrationManagement registrations, RegistrationSubmission submission,
            RegistrationDecisions decisions, MeetingManagement meetings, Directory directory,
            AccountManagement accounts, BadgePrinter badges, Clock clock) {
        this.registrations = registrations;
        this.submission = submission;
        this.decisions = decisions;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.badges = badges;
        this.clock = clock;
    }

    @GetMapping("/meetings/{code}/register")
    String form(@PathVariable String code, @RequestParam(required = false) UUID organisation, Model model,
            Locale locale) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("over", m.isOver(clock.instant()));
        var mine = registrations.mine(m.id());
        model.addAttribute("registration", mine.orElse(null));
        mine.ifPresent(r -> model.addAttribute("history", registrations.history(r.id())));
        List<Organisation> orgs = directory.organisations();
        model.addAttribute("organisations", orgs);
        List<OrganisationId> memberOf = directory.organisationsOf(CurrentUser.require().accountId());
        Organisation chosen = organisation != null ? directory.organisation(new OrganisationId(organisation)).orElse(null)
                : mine.map(r -> directory.organisation(r.organisation()).orElse(null))
                        .orElse(memberOf.size() == 1 ? directory.organisation(memberOf.get(0)).orElse(null) : null);
        model.addAttribute("chosen", chosen);
        model.addAttribute("memberStateFields", chosen != null && registrations.offersMemberStateFields(chosen));
        Map<String, Object> open = new HashMap<>();
        for (DeadlineRule rule : List.of(DeadlineRule.PRE_REGISTRATION, DeadlineRule.INTERPRETATION_REQUESTS,
                DeadlineRule.CAPTIONING_REQUESTS, DeadlineRule.VISA_SUPPORT_REQUESTS, DeadlineRule.FELLOWSHIP_REQUESTS)) {
            open.put(rule.name(), meetings.isOpen(m.id(), rule));
            model.addAttribute("deadline_" + rule.name(), meetings.deadline(m.id(), rule));
        }
        model.addAttribute("open", open);
        model.addAttribute("visaOffered", (Boolean) open.get("PRE_REGISTRATION") && (Boolean) open.get("VISA_SUPPORT_REQUESTS"));
        model.addAttribute("genders", RegistrationSubmission.GENDERS);
        model.addAttribute("interpretationLanguages", Languages.CODES);
        return "registration/form";
    }

    @PostMapping("/meetings/{code}/register")
    String submit(@PathVariable String code, @RequestParam UUID organisation,
            @RequestParam(defaultValue = "true") boolean inPerson, @RequestParam(defaultValue = "false") boolean newcomer,
            @RequestParam(required = false) String gender, @RequestParam(required = false) String functionTitle,
            @RequestParam(required = false) String interpretationLanguage,
            @RequestParam(defaultValue = "false") boolean fellowshipRequest,
            @RequestParam(defaultValue = "false") boolean captioningRequest,
            @RequestParam(defaultValue = "false") boolean signLanguageRequest,
            @RequestParam(defaultValue = "false") boolean visaRequest,
            @RequestParam(required = false) String passportName, @RequestParam(required = false) String passportNumber,
            @RequestParam(required = false) String passportNationality,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate passportExpiry,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            Model model, Locale locale, RedirectAttributes redirect) {
        Meeting m = meetings.get(code);
        RegistrationForm f = new RegistrationForm(new OrganisationId(organisation), inPerson, newcomer, gender,
                functionTitle, interpretationLanguage, fellowshipRequest, captioningRequest, signLanguageRequest,
                visaRequest, visaRequest ? new Registration.Passport(passportName, passportNumber, passportNationality,
                        passportExpiry, dateOfBirth) : null);
        try {
            submission.submit(m, f);
        } catch (PlenaryException e) {
            model.addAttribute("formError", e);
            return form(code, organisation, model, locale);
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/meetings/" + m.code() + "/register";
    }

    /** Withdrawing asks first: this page says what it ends, and only its button withdraws. */
    @GetMapping("/registrations/{id}/withdraw")
    String confirmWithdrawal(@PathVariable UUID id, Model model) {
        Registration r = registrations.view(new RegistrationId(id));
        if (!r.account().equals(CurrentUser.require().accountId())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        model.addAttribute("registration", r);
        model.addAttribute("meeting", meetings.get(r.meeting()));
        return "registration/withdraw";
    }

    @PostMapping("/registrations/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) { // an old form or a forged one-click post: ask first
            return "redirect:/registrations/" + id + "/withdraw";
        }
        Registration r = decisions.withdraw(new RegistrationId(id));
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/meetings/" + meetings.get(r.meeting()).code() + "/register";
    }

    @GetMapping(value = "/registrations/{id}/badge.pdf")
    ResponseEntity<byte[]> badge(@PathVariable UUID id) {
        Registration r = registrations.badgeOf(new RegistrationId(id));
        return pdf(badges.print(meetings.get(r.meeting()), List.of(r)), "badge-" + r.badgeCode() + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }
}
