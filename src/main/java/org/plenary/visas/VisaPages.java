package org.plenary.visas;

import java.util.Locale;
import java.util.UUID;

import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Downloads;
import org.plenary.shared.FormError;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delegate's visa-support page and the secretariat's queue (login required for both). */
@Controller
class VisaPages {

    /** Lines per page of the queue (a 3GPP meeting may have hundreds of visa requests). */
    static final int PAGE_SIZE = 100;

    private final VisaLetters visas;
    private final VisaQueue queue;
    private final MeetingManagement meetings;
    private final MessageSource messages;

    VisaPages(VisaLetters visas, VisaQueue queue, MeetingManagement meetings, MessageSource messages) {
        this.visas = visas;
        this.queue = queue;
        this.meetings = meetings;
        this.messages = messages;
    }

    @GetMapping("/meetings/{code}/visa")
    String mine(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        model.addAttribute("visa", visas.myStatus(code).orElse(null));
        return "visas/visa-mine";
    }

    @PostMapping("/meetings/{code}/visa")
    String embassy(@PathVariable String code, @RequestParam(required = false) String embassy, RedirectAttributes flash,
            Locale locale) {
        try {
            visas.nameEmbassy(code, embassy);
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", FormError.message(e, messages, locale));
        }
        return "redirect:/meetings/" + code + "/visa";
    }

    @GetMapping("/visa-letters/{registration}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID registration, Locale locale) {
        return Downloads.pdf(visas.pdf(registration, locale), "visa-support-" + registration + ".pdf");
    }

    @GetMapping("/secretariat/meetings/{code}/visa")
    String queue(@PathVariable String code, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        VisaQueue.QueuePage p = queue.page(code, Paging.of(page, size, PAGE_SIZE));
        model.addAttribute("meeting", meetings.get(code));
        model.addAttribute("queue", p.entries());
        model.addAttribute("page", p.page());
        return "visas/visa-queue";
    }

    @PostMapping("/secretariat/meetings/{code}/visa/{registration}/issue")
    String issue(@PathVariable String code, @PathVariable UUID registration,
            @RequestParam(required = false) Integer page, RedirectAttributes flash, Locale locale) {
        try {
            visas.issue(registration);
        } catch (PlenaryException e) {
            flash.addFlashAttribute("error", FormError.message(e, messages, locale));
        }
        return "redirect:/secretariat/meetings/" + code + "/visa"
                + (page == null || page <= 1 ? "" : "?page=" + page);
    }
}
