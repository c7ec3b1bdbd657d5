package org.plenary.secretariat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingOfficer;
import org.plenary.meetings.OfficerAppointments;
import org.plenary.meetings.OfficerRole;
import org.plenary.shared.FormError;
import org.plenary.shared.InputLimits;
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
 * {@code /secretariat/meetings/{code}/people}: the meeting's officers, and naming one from the
 * directory (search by name or e-mail address) with their role and, for a working-party chair or a
 * rapporteur, its working party or Question.
 */
@Controller
class OfficerPages {

    private final MeetingManagement meetings;
    private final OfficerAppointments appointments;
    private final AccountManagement accounts;
    private final MessageSource messages;

    OfficerPages(MeetingManagement meetings, OfficerAppointments appointments, AccountManagement accounts,
            MessageSource messages) {
        this.meetings = meetings;
        this.appointments = appointments;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/secretariat/meetings/{code}/people")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String page(@PathVariable String code, @RequestParam(defaultValue = "") @Size(max = InputLimits.NAME) String q,
            Model model) {
        Meeting m = meetings.get(code);
        List<MeetingOfficer> officers = appointments.of(code);
        Map<UUID, Account> people = accounts.byIds(officers.stream().map(o -> new AccountId(o.account())).toList())
                .values().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("officers", officers);
        model.addAttribute("people", people);
        model.addAttribute("roles", OfficerRole.values());
        model.addAttribute("q", q);
        model.addAttribute("found", accounts.search(q));
        return "secretariat/people";
    }

    @PostMapping("/secretariat/meetings/{code}/people")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String name(@PathVariable String code, @RequestParam UUID account, @RequestParam(required = false) OfficerRole role,
            @RequestParam(required = false) Integer workingParty, @RequestParam(required = false) Integer question,
            Locale locale, RedirectAttributes flash) {
        try {
            appointments.name(code, account, role, role == OfficerRole.WP_CHAIR ? workingParty : null,
                    role == OfficerRole.RAPPORTEUR ? question : null);
            flash.addFlashAttribute("notice", messages.getMessage("people.named", null, locale));
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", FormError.message(e, messages, locale));
        }
        return "redirect:/secretariat/meetings/" + code + "/people";
    }

    @PostMapping("/secretariat/meetings/{code}/people/remove")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String remove(@PathVariable String code, @RequestParam UUID account, @RequestParam OfficerRole role,
            @RequestParam(required = false) Integer workingParty, @RequestParam(required = false) Integer question,
            Locale locale, RedirectAttributes flash) {
        try {
            appointments.remove(code, account, role, workingParty, question);
            flash.addFlashAttribute("notice", messages.getMessage("people.removed", null, locale));
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", FormError.message(e, messages, locale));
        }
        return "redirect:/secretariat/meetings/" + code + "/people";
    }
}
