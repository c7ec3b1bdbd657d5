package org.plenary.fellowships;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.FormError;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delegate's fellowship page and the secretariat's decision page (login required for both). */
@Controller
class FellowshipPages {

    private final Fellowships fellowships;
    private final EligibleCountries eligible;
    private final FellowshipBudget budget;
    private final MeetingManagement meetings;
    private final MessageSource messages;

    FellowshipPages(Fellowships fellowships, EligibleCountries eligible, FellowshipBudget budget,
            MeetingManagement meetings, MessageSource messages) {
        this.fellowships = fellowships;
        this.eligible = eligible;
        this.budget = budget;
        this.meetings = meetings;
        this.messages = messages;
    }

    @GetMapping("/meetings/{code}/fellowship")
    String mine(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("mine", fellowships.mine(code).orElse(null));
        model.addAttribute("deadline", meetings.deadline(m.id(), DeadlineRule.FELLOWSHIP_REQUESTS));
        model.addAttribute("open", meetings.isOpen(m.id(), DeadlineRule.FELLOWSHIP_REQUESTS));
        model.addAttribute("approved", fellowships.mayApply(code));
        model.addAttribute("kinds", FellowshipKind.values());
        return "fellowships/mine";
    }

    @PostMapping("/meetings/{code}/fellowship")
    String apply(@PathVariable String code, @RequestParam(required = false) FellowshipKind kind,
            @RequestParam(defaultValue = "false") boolean specificNeeds, @RequestParam(required = false) String needsNote,
            RedirectAttributes flash, Locale locale) {
        attempt(flash, locale, () -> fellowships.apply(code, kind, specificNeeds, needsNote));
        return "redirect:/meetings/" + code + "/fellowship";
    }

    @GetMapping("/secretariat/meetings/{code}/fellowships")
    String secretariat(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        var proposal = fellowships.proposal(code);
        model.addAttribute("meeting", m);
        model.addAttribute("proposal", proposal);
        model.addAttribute("applications", fellowships.applications(code));
        model.addAttribute("applicants", fellowships.applicants(code));
        model.addAttribute("lines", proposal.lines().stream()
                .collect(Collectors.toMap(l -> l.candidate().id(), Function.identity())));
        model.addAttribute("budget", budget.budget(code).orElse(null));
        model.addAttribute("countsContributions", fellowships.countsContributions());
        model.addAttribute("eligible", eligible.eligibleCountries());
        return "fellowships/secretariat";
    }

    @PostMapping("/secretariat/meetings/{code}/fellowships/budget")
    String budget(@PathVariable String code, @RequestParam String amount, RedirectAttributes flash, Locale locale) {
        attempt(flash, locale, () -> budget.setBudget(code, amount(amount)));
        return back(code);
    }

    @PostMapping("/secretariat/meetings/{code}/fellowships/{id}/cost")
    String cost(@PathVariable String code, @PathVariable UUID id, @RequestParam String cost, RedirectAttributes flash,
            Locale locale) {
        attempt(flash, locale, () -> budget.setCost(id, amount(cost)));
        return back(code);
    }

    @PostMapping("/secretariat/meetings/{code}/fellowships/{id}/award")
    String award(@PathVariable String code, @PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        attempt(flash, locale, () -> fellowships.award(id));
        return back(code);
    }

    @PostMapping("/secretariat/meetings/{code}/fellowships/{id}/decline")
    String decline(@PathVariable String code, @PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes flash, Locale locale) {
        attempt(flash, locale, () -> fellowships.decline(id, reason));
        return back(code);
    }

    @PostMapping("/secretariat/meetings/{code}/fellowships/eligible")
    String importEligible(@PathVariable String code, @RequestParam(required = false) String csv,
            @RequestParam(defaultValue = "false") boolean replace, RedirectAttributes flash, Locale locale) {
        attempt(flash, locale, () -> flash.addFlashAttribute("done",
                messages.getMessage("fellowships.imported", new Object[] {eligible.importEligible(csv, replace)},
                        locale)));
        return back(code);
    }

    private static String back(String code) {
        return "redirect:/secretariat/meetings/" + code + "/fellowships";
    }

    private static BigDecimal amount(String s) {
        try {
            return new BigDecimal(s == null ? "" : s.strip().replace("'", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw PlenaryException.invalid("fellowship.amountInvalid");
        }
    }

    /** Runs the action; a refusal comes back to the page as a translated message, nothing changed. */
    private void attempt(RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", FormError.message(e, messages, locale));
        }
    }

}
