package org.plenary.notifications;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's view of the outbox: what waits (always, when no mail server is configured) and what went. */
@Controller
class OutboxPage {

    private final OutboxQueries queries;
    private final OutboxWorker worker;

    OutboxPage(OutboxQueries queries, OutboxWorker worker) {
        this.queries = queries;
        this.worker = worker;
    }

    @GetMapping("/secretariat/outbox")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String outbox(@RequestParam(defaultValue = "false") boolean pending, Model model) {
        model.addAttribute("mails", queries.recent(pending, 200));
        model.addAttribute("pendingCount", queries.pending());
        model.addAttribute("canSend", worker.canSend());
        return "notifications/outbox";
    }
}
