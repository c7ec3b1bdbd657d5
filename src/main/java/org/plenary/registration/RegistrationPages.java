package org.plenary.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
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

/** The delegate's registration form and status, and the focal point's page of requests. */
@Controller
class RegistrationPages {

    private final RegistrationManagement registrations;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;
    private final BadgePrinter badges;

    RegistrationPages(RegistrationManagement registrations, MeetingManagement meetings, Directory directory,
            AccountManagement accounts, BadgePrinter badges) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.badges = badges;
    }

    @GetMapping("/meetings/{code}/register")
    String form(@PathVariable String code, @RequestParam(required = false) UUID organisation, Model model,
            Locale locale) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        var mine = registrations.mine(m.id());
        model.addAttribute("registration", mine.orElse(null));
        mine.ifPresent(r -> model.addAttribute("history", registrations.history(r.id())));
        List<Organisation> orgs = directory.organisations();
        model.addAttribute("organisations", orgs);
        List<OrganisationId> memberOf = directory.organisationsOf(RegistrationManagement.me().accountId());
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
        model.addAttribute("genders", RegistrationManagement.GENDERS);
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
            registrations.submit(m, f);
        } catch (PlenaryException e) {
            model.addAttribute("formError", e);
            return form(code, organisation, model, locale);
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/meetings/" + m.code() + "/register";
    }

    @PostMapping("/registrations/{id}/withdraw")
    String withdraw(@PathVariable UUID id) {
        Registration r = registrations.withdraw(new RegistrationId(id));
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

    // ---------------------------------------------------------------- focal point

    /** A request as the focal point sees it: who, for which meeting and organisation. */
    record Request(Registration registration, Account account, Organisation organisation, Meeting meeting,
            boolean affiliationConfirmed) {
    }

    @GetMapping("/focal-point")
    String focalPoint(Model model) {
        Map<OrganisationId, Organisation> orgs = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Request> requests = new ArrayList<>();
        for (Registration r : registrations.waitingForMe()) {
            requests.add(new Request(r, accounts.find(r.account()).orElse(null), orgs.get(r.organisation()),
                    meetings.get(r.meeting()), directory.isAffiliationConfirmed(r.account(), r.organisation())));
        }
        requests.sort(Comparator.comparing(q -> q.registration().submittedAt()));
        model.addAttribute("requests", requests);
        model.addAttribute("myOrganisations", directory.organisationsOfFocalPoint(RegistrationManagement.me().accountId())
                .stream().map(orgs::get).filter(o -> o != null && o.category() != MembershipCategory.INVITED).toList());
        return "registration/focal-point";
    }

    @PostMapping("/focal-point/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        registrations.approve(new RegistrationId(id));
        redirect.addFlashAttribute("decided", true);
        return "redirect:/focal-point";
    }

    @PostMapping("/focal-point/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        registrations.reject(new RegistrationId(id), reason);
        redirect.addFlashAttribute("decided", true);
        return "redirect:/focal-point";
    }

    @PostMapping("/focal-point/organisations/{id}/approval")
    String approvalMode(@PathVariable UUID id, @RequestParam boolean automatic) {
        directory.setAutomaticApproval(new OrganisationId(id), automatic);
        return "redirect:/focal-point";
    }
}
