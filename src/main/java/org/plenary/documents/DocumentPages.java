package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.Membership;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.meetings.Officers;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.plenary.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: a meeting's document list with filters and search, Direct Document Submission, TD upload, a document. */
@Controller
class DocumentPages {

    /** Documents per page of the list (a 3GPP meeting has thousands). */
    static final int PAGE_SIZE = 100;

    private final Submissions submissions;
    private final DocumentReading reading;
    private final DocumentAllocation allocation;
    private final Officers officers;
    private final LateContributions late;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final CoSources coSources;
    private final Clock clock;

    DocumentPages(Submissions submissions, DocumentReading reading, DocumentAllocation allocation,
            Officers officers, LateContributions late,
            MeetingManagement meetings, Directory directory, CoSources coSources,
            Clock clock) {
        this.submissions = submissions;
        this.reading = reading;
        this.allocation = allocation;
        this.officers = officers;
        this.late = late;
        this.meetings = meetings;
        this.directory = directory;
        this.coSources = coSources;
        this.clock = clock;
    }

    /** Open to everyone: anonymous visitors and non-members see the public documents only (L-DOC-4). */
    @GetMapping("/meetings/{code}/documents")
    String list(@PathVariable String code, @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String series, @RequestParam(required = false) Integer question,
            @RequestParam(required = false) Integer workingParty, @RequestParam(required = false) String agendaItem,
            @RequestParam(required = false) String source, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(required = false) Boolean late, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean translation,
            @RequestParam(required = false) String proposedAgendaItem, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Meeting m = meetings.get(code);
        DocumentFilter filter = new DocumentFilter(kind, series, question, workingParty, agendaItem, source, status,
                late, q, null, translation, proposedAgendaItem);
        DocumentReading.Listing listing = reading.listing(code, filter, Paging.of(page, size, PAGE_SIZE));
        model.addAttribute("page", listing.page());
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("filter", filter);
        model.addAttribute("documents", listing.documents());
        model.addAttribute("complete", listing.complete());
        model.addAttribute("loggedIn", CurrentUser.find().isPresent());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("mayUploadTd", officers.isOfficer(m.id()));
        return "documents/list";
    }

    /** The agenda's and time plan's link to their update TD: the document's page, at its current revision. */
    @GetMapping("/meetings/{code}/documents/ref/{reference}")
    String byReference(@PathVariable String code, @PathVariable String reference) {
        return "redirect:/documents/" + reading.byReference(code, reference).id();
    }

    @GetMapping("/meetings/{code}/documents/submit")
    String submitForm(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        Instant now = clock.instant();
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        var contributions = DeadlineEngine.deadline(m, DeadlineRule.CONTRIBUTIONS);
        var translated = DeadlineEngine.deadline(m, DeadlineRule.TRANSLATED_CONTRIBUTIONS);
        model.addAttribute("contributionsDeadline", contributions);
        model.addAttribute("translationDeadline", translated);
        model.addAttribute("deadlinePassed", !contributions.isOpen(now));
        model.addAttribute("translationOpen", translated.isOpen(now));
        model.addAttribute("contributionsWhen", late.when(contributions));
        model.addAttribute("organisations", directory.organisations().stream()
                .filter(o -> Membership.isMemberOrganisation(o, m.studyGroup())).toList());
        model.addAttribute("translationWhen", late.when(translated));
        model.addAttribute("refusal", submissions.contributionRefusal(code).orElse(null));
        return "documents/submit";
    }

    @PostMapping("/meetings/{code}/documents/submit")
    String submit(@PathVariable String code, @RequestParam String title,
            @RequestParam(required = false) List<UUID> coSources, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String contactEmails,
            @RequestParam(required = false) List<Integer> questions,
            @RequestParam(required = false) List<Integer> workingParties,
            @RequestParam(required = false) String proposedAgendaItem,
            @RequestParam(name = "abstract", required = false) String abstractText,
            @RequestParam(defaultValue = "false") boolean needsTranslation,
            @RequestParam(defaultValue = "false") boolean late, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file == null ? null : file.getInputStream()) {
            Document d = submissions.submitContribution(code, new Submissions.ContributionForm(title, coSources,
                    contact, splitEmails(contactEmails), questions, workingParties, proposedAgendaItem, abstractText,
                    needsTranslation, late),
                    new Submissions.Upload(file == null ? null : file.getOriginalFilename(), in));
            redirect.addFlashAttribute("received", d.reference());
            return "redirect:/documents/" + d.id();
        } catch (PlenaryException e) {
            model.addAttribute("problem", e);
            return submitForm(code, model);
        }
    }

    static List<String> splitEmails(String emails) {
        return emails == null ? List.of() : Arrays.stream(emails.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    @GetMapping("/meetings/{code}/documents/new-td")
    @OfficerOfMeeting
    String tdForm(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("marks", DocumentMark.values());
        return "documents/td";
    }

    @PostMapping("/meetings/{code}/documents/new-td")
    String td(@PathVariable String code, @RequestParam String title, @RequestParam String series,
            @RequestParam String source, @RequestParam(required = false) String contact,
            @RequestParam(required = false) List<Integer> questions,
            @RequestParam(required = false) List<Integer> workingParties,
            @RequestParam(required = false) String proposedAgendaItem,
            @RequestParam(name = "abstract", required = false) String abstractText,
            @RequestParam(required = false) DocumentMark mark, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file == null ? null : file.getInputStream()) {
            Document d = submissions.submitTd(code, new Submissions.TdForm(title, series, source, contact,
                    questions, workingParties, proposedAgendaItem, abstractText, mark),
                    new Submissions.Upload(file == null ? null : file.getOriginalFilename(), in));
            redirect.addFlashAttribute("received", d.reference());
            return "redirect:/documents/" + d.id();
        } catch (PlenaryException e) {
            model.addAttribute("problem", e);
            return tdForm(code, model);
        }
    }

    /** Open to everyone for a public document; a members-only one sends an anonymous visitor to log in. */
    @GetMapping("/documents/{id}")
    String document(@PathVariable UUID id, Model model) {
        Document d;
        try {
            d = reading.get(new DocumentId(id));
        } catch (PlenaryException e) {
            if (e.status().value() == 401) {
                return "redirect:/login";
            }
            throw e;
        }
        Meeting m = meetings.get(d.meeting());
        model.addAttribute("doc", d);
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("history", reading.history(d.id()));
        List<CoSources.CoSource> cos = coSources.of(d);
        model.addAttribute("coSources", cos);
        PlenaryPrincipal me = CurrentUser.find().orElse(null);
        model.addAttribute("confirmable", me == null ? List.of() : cos.stream().filter(c -> !c.confirmed()
                && coSources.mayConfirm(me, c.organisation())).map(CoSources.CoSource::organisation).toList());
        model.addAttribute("canManage", officers.isOfficer(d.meeting()));
        model.addAttribute("statuses", d.status().next());
        model.addAttribute("lateDecisions", d.late() ? d.lateDecision().next() : List.of());
        return "documents/document";
    }

    @PostMapping("/documents/{id}/allocation")
    String allocate(@PathVariable UUID id, @RequestParam(required = false) List<Integer> questions,
            @RequestParam(required = false) List<Integer> workingParties,
            @RequestParam(required = false) String agendaItems, RedirectAttributes redirect) {
        return act(id, redirect, () -> allocation.allocate(new DocumentId(id), questions, workingParties,
                agendaItems == null ? List.of() : Arrays.asList(agendaItems.split("[,;\\s]+"))));
    }

    @PostMapping("/documents/{id}/status")
    String status(@PathVariable UUID id, @RequestParam DocumentStatus status,
            @RequestParam(required = false) String revisedBy, RedirectAttributes redirect) {
        return act(id, redirect, () -> allocation.changeStatus(new DocumentId(id), status, revisedBy));
    }

    @PostMapping("/documents/{id}/late-decision")
    String late(@PathVariable UUID id, @RequestParam LateDecision decision,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> allocation.decideLate(new DocumentId(id), decision, note));
    }

    @PostMapping("/documents/{id}/public")
    String makePublic(@PathVariable UUID id, @RequestParam boolean value, RedirectAttributes redirect) {
        return act(id, redirect, () -> allocation.setPublic(new DocumentId(id), value));
    }

    @PostMapping("/documents/{id}/co-sources/{organisation}/confirmation")
    String confirmCoSource(@PathVariable UUID id, @PathVariable UUID organisation, RedirectAttributes redirect) {
        return act(id, redirect, () -> allocation.confirmCoSource(new DocumentId(id), new OrganisationId(organisation)));
    }

    @PostMapping("/documents/{id}/revisions")
    String revise(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try (InputStream in = file == null ? null : file.getInputStream()) {
            return act(id, redirect, () -> submissions.revise(new DocumentId(id),
                    new Submissions.Upload(file == null ? null : file.getOriginalFilename(), in)));
        }
    }

    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (PlenaryException e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/documents/" + id;
    }

    /** Public path: a public document downloads without login; any other sends the visitor to log in. */
    @GetMapping("/documents/{id}/file")
    ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(required = false) Integer revision) {
        return DocumentsApi.send(reading.download(new DocumentId(id), revision));
    }

    @GetMapping("/meetings/{code}/documents.zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable String code,
            @RequestParam(name = "id", required = false) List<UUID> ids) {
        return DocumentsApi.zipResponse(reading, code, ids);
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPaths {
        /**
         * A meeting's list, a document's page and its files: the service serves public documents to
         * anyone and members-only ones to their readers (L-DOC-4). Zips and the API's metadata need a login.
         */
        @Bean
        PublicEndpoints documentsPublicEndpoints() {
            return PublicEndpoints.get("/documents/*/file", "/api/v1/documents/*/file", "/meetings/*/documents",
                    "/documents/*", "/meetings/*/documents/ref/*");
        }
    }
}
