package org.plenary.registration;

import java.util.List;
import java.util.UUID;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The focal point's pages: the waiting requests with what each delegate asked for, one request
 * (where the mail's link leads), the decisions taken, and the organisation's approval mode.
 */
@Controller
class FocalPointPages {

    private final RegistrationDecisions decisions;
    private final FocalPointRequests requests;
    private final Directory directory;

    FocalPointPages(RegistrationDecisions decisions, FocalPointRequests requests, Directory directory) {
        this.decisions = decisions;
        this.requests = requests;
        this.directory = directory;
    }

    @GetMapping("/focal-point")
    String focalPoint(Model model) {
        model.addAttribute("requests", requests.waiting());
        model.addAttribute("decisions", requests.decisions());
        List<Organisation> mine = directory.organisationsOfFocalPoint(CurrentUser.require().accountId())
                .stream().map(o -> directory.organisation(o).orElse(null))
                .filter(o -> o != null && o.category() != MembershipCategory.INVITED).toList();
        model.addAttribute("myOrganisations", mine);
        return "registration/focal-point";
    }

    /** One request, as the mail to the focal point links it: decide here, or see who decided it. */
    @GetMapping("/focal-point/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        FocalPointRequests.Request q = requests.request(new RegistrationId(id));
        model.addAttribute("q", q);
        model.addAttribute("decisions", requests.decisionsOn(q.registration().id()));
        return "registration/focal-point-request";
    }

    @PostMapping("/focal-point/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        return decide(id, redirect, () -> decisions.approve(new RegistrationId(id)));
    }

    @PostMapping("/focal-point/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return decide(id, redirect, () -> decisions.reject(new RegistrationId(id), reason));
    }

    private static String decide(UUID id, RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
        } catch (PlenaryException e) {
            redirect.addFlashAttribute("problem", e);
            return "redirect:/focal-point/requests/" + id;
        }
        redirect.addFlashAttribute("decided", true);
        return "redirect:/focal-point#decisions";
    }

    @PostMapping("/focal-point/organisations/{id}/approval")
    String approvalMode(@PathVariable UUID id, @RequestParam boolean automatic) {
        directory.setAutomaticApproval(new OrganisationId(id), automatic);
        return "redirect:/focal-point";
    }
}
