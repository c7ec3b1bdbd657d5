package org.plenary.registration;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's registration lists with filters and counts, exports, request lists, badges and the check-in desk. */
@Controller
class SecretariatRegistrationPages {

    /** Rows per page of the registrations list (a 3GPP meeting has thousands). */
    static final int PAGE_SIZE = 100;

    private final RegistrationManagement registrations;
    private final RegistrationDecisions decisions;
    private final RegistrationReports reports;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;
    private final BadgePrinter badges;
    private final CheckInDesk desk;

    SecretariatRegistrationPages(RegistrationManagement registrations, RegistrationDecisions decisions,
            RegistrationReports reports, MeetingManagement meetings, Directory directory, AccountManagement accounts, BadgePrinter badges,
            CheckInDesk desk) {
        this.desk = desk;
        this.registrations = registrations;
        this.decisions = decisions;
        this.reports = reports;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.badges = badges;
    }

    private List<RegistrationRow> rows(Meeting m, RegistrationFilter f) {
        return reports.rows(m.id(), f);
    }

    /** Filters come as query parameters named like the fields of {@link RegistrationFilter}; one page at a time. */
    @GetMapping("/secretariat/meetings/{code}/registrations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String list(@PathVariable String code, RegistrationFilter f, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        Meeting m = meetings.get(code);
        RegistrationReports.Listing listing = reports.page(m.id(), f, Paging.of(page, size, PAGE_SIZE));
        model.addAttribute("meeting", m);
        model.addAttribute("rows", listing.rows());
        model.addAttribute("counts", listing.counts());
        model.addAttribute("page", listing.page());
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("categories", MembershipCategory.values());
        model.addAttribute("regions", ItuRegion.values());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("countries", directory.countries(locale));
        model.addAttribute("f", f);
        return "registration/secretariat-list";
    }

    @GetMapping("/secretariat/meetings/{code}/registrations.csv")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<byte[]> csv(@PathVariable String code, RegistrationFilter f, Locale locale) {
        Meeting m = meetings.get(code);
        return file(reports.csv(rows(m, f), locale), "text/csv;charset=UTF-8", m.code() + "-registrations.csv");
    }

    @GetMapping("/secretariat/meetings/{code}/registrations.xlsx")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, RegistrationFilter f, Locale locale) {
        Meeting m = meetings.get(code);
        return file(reports.xlsx(rows(m, f), locale),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", m.code() + "-registrations.xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** The interpretation, captioning, sign-language, visa and fellowship lists: active registrations only. */
    @GetMapping("/secretariat/meetings/{code}/requests/{kind}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String requests(@PathVariable String code, @PathVariable RequestKind kind, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("kind", kind);
        model.addAttribute("rows", rows(m, new RegistrationFilter(null, null, null, null, null, kind, null)).stream()
                .filter(r -> r.registration().status() == RegistrationStatus.SUBMITTED
                        || r.registration().status() == RegistrationStatus.APPROVED).toList());
        return "registration/secretariat-requests";
    }

    @GetMapping("/secretariat/registrations/{id}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String one(@PathVariable UUID id, Model model) {
        Registration r = registrations.view(new RegistrationId(id));
        model.addAttribute("r", r);
        model.addAttribute("meeting", meetings.get(r.meeting()));
        model.addAttribute("person", accounts.find(r.account()).orElse(null));
        model.addAttribute("organisation", directory.organisation(r.organisation()).orElseThrow());
        model.addAttribute("history", registrations.history(r.id()).stream()
                .map(t -> new Object[] {t, t.actor() == null ? null : accounts.find(t.actor()).orElse(null)}).toList());
        return "registration/secretariat-one";
    }

    @PostMapping("/secretariat/registrations/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason) {
        RegistrationId rid = new RegistrationId(id);
        switch (action) {
            case "approve" -> decisions.approve(rid);
            case "reject" -> decisions.reject(rid, reason);
            case "cancel" -> decisions.cancel(rid, reason);
            default -> throw PlenaryException.notFound("registration.notFound");
        }
        return "redirect:/secretariat/registrations/" + id;
    }

    @GetMapping("/secretariat/meetings/{code}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable String code) {
        Meeting m = meetings.get(code);
        return RegistrationPages.pdf(badges.print(m, registrations.badgeHolders(m.id())), m.code() + "-badges.pdf");
    }

    @GetMapping("/secretariat/meetings/{code}/check-in")
    String checkInPage(@PathVariable String code, Model model) {
        deskModel(meetings.get(code), model);
        return "registration/check-in";
    }

    @PostMapping("/secretariat/meetings/{code}/check-in")
    String checkIn(@PathVariable String code, @RequestParam String badge, Model model) {
        Meeting m = meetings.get(code);
        try {
            CheckInDesk.CheckIn c = desk.checkIn(m.id(), badge);
            model.addAttribute("checkIn", c);
            model.addAttribute("person", accounts.find(c.registration().account()).orElse(null));
            model.addAttribute("organisation", directory.organisation(c.registration().organisation()).orElseThrow());
        } catch (PlenaryException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("checkInError", e);
        }
        deskModel(m, model);
        return "registration/check-in";
    }

    /** The desk's page: whether it is open (and from/until when), and every badge holder with their arrival. */
    private void deskModel(Meeting m, Model model) {
        List<RegistrationRow> holders = rows(m, new RegistrationFilter(RegistrationStatus.APPROVED, null, null, null,
                true, null, null));
        model.addAttribute("meeting", m);
        model.addAttribute("deskOpen", desk.isOpen(m));
        model.addAttribute("deskOpens", CheckInDesk.opens(m));
        model.addAttribute("deskNotYet", desk.notYetOpen(m));
        model.addAttribute("holders", holders);
        model.addAttribute("arrived", holders.stream().filter(r -> r.registration().checkedInAt() != null).count());
    }
}
