package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The documents API: submission (multipart), lists and search, downloads, allocation and decisions. */
@RestController
@RequestMapping("/api/v1")
class DocumentsApi {

    /** Documents per page of the API list unless {@code size} says otherwise. */
    static final int API_PAGE_SIZE = 100;

    private final Submissions submissions;
    private final DocumentReading reading;
    private final DocumentAllocation allocation;
    private final MeetingManagement meetings;
    private final AtomFeed atom;
    private final CoSources coSources;

    DocumentsApi(Submissions submissions, DocumentReading reading, DocumentAllocation allocation,
            MeetingManagement meetings, AtomFeed atom, CoSources coSources) {
        this.submissions = submissions;
        this.reading = reading;
        this.allocation = allocation;
        this.meetings = meetings;
        this.atom = atom;
        this.coSources = coSources;
    }

    private DocumentView view(Document d, String meetingCode, List<DocumentEvent> history) {
        return DocumentView.of(d, meetingCode, history, coSources.of(d));
    }

    @PostMapping(path = "/meetings/{code}/contributions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> contribute(@PathVariable String code, @RequestParam String title,
            @RequestParam(required = false) List<UUID> coSources, @RequestParam(required = false) String contact,
            @RequestParam(required = false) List<String> contactEmails,
            @RequestParam(required = false) List<Integer> questions,
            @RequestParam(required = false) List<Integer> workingParties,
            @RequestParam(required = false) String proposedAgendaItem,
            @RequestParam(name = "abstract", required = false) String abstractText,
            @RequestParam(defaultValue = "false") boolean needsTranslation,
            @RequestParam(defaultValue = "false") boolean late, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        try (InputStream in = content(file)) {
            Document d = submissions.submitContribution(code, new Submissions.ContributionForm(title, coSources,
                    contact, contactEmails, questions, workingParties, proposedAgendaItem, abstractText,
                    needsTranslation, late), new Submissions.Upload(file.getOriginalFilename(), in));
            return created(d, code);
        }
    }

    @PostMapping(path = "/meetings/{code}/tds", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> td(@PathVariable String code, @RequestParam String title,
            @RequestParam String series, @RequestParam String source, @RequestParam(required = false) String contact,
            @RequestParam(required = false) List<Integer> questions,
            @RequestParam(required = false) List<Integer> workingParties,
            @RequestParam(required = false) String proposedAgendaItem,
            @RequestParam(name = "abstract", required = false) String abstractText,
            @RequestParam(required = false) DocumentMark mark, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        try (InputStream in = content(file)) {
            Document d = submissions.submitTd(code, new Submissions.TdForm(title, series, source, contact,
                    questions, workingParties, proposedAgendaItem, abstractText, mark),
                    new Submissions.Upload(file.getOriginalFilename(), in));
            return created(d, code);
        }
    }

    @PostMapping(path = "/documents/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> revise(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        try (InputStream in = content(file)) {
            Document d = submissions.revise(new DocumentId(id),
                    new Submissions.Upload(file.getOriginalFilename(), in));
            return created(d, meetings.get(d.meeting()).code());
        }
    }

    private static InputStream content(MultipartFile file) throws IOException {
        if (file == null) {
            throw PlenaryException.invalid("documents.fileRequired");
        }
        return file.getInputStream();
    }

    private ResponseEntity<DocumentView> created(Document d, String code) {
        return ResponseEntity.created(URI.create("/api/v1/documents/" + d.id()))
                .body(view(d, code, reading.history(d)));
    }

    /**
     * The filtered list, one page at a time ({@code page} from 1, {@code size} up to 500, default
     * 100): the total in {@code X-Total-Count}, the neighbouring pages in the {@code Link} header.
     */
    @GetMapping("/meetings/{code}/documents")
    ResponseEntity<List<DocumentView>> list(@PathVariable String code, @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String series, @RequestParam(required = false) Integer question,
            @RequestParam(required = false) Integer workingParty, @RequestParam(required = false) String agendaItem,
            @RequestParam(required = false) String source, @RequestParam(required = false) DocumentStatus status,
            @RequestParam(required = false) Boolean late, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean translation,
            @RequestParam(required = false) String proposedAgendaItem, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        DocumentReading.Listing l = reading.page(code, new DocumentFilter(kind, series, question, workingParty,
                agendaItem, source, status, late, q, null, translation, proposedAgendaItem),
                Paging.of(page, size, API_PAGE_SIZE));
        return l.page().response(l.documents().stream().map(d -> view(d, code, null)).toList());
    }

    @GetMapping("/documents/{id}")
    DocumentView get(@PathVariable UUID id) {
        Document d = reading.get(new DocumentId(id));
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    /** Public path (see {@link DocumentPages.PublicPaths}); the service lets anonymous callers have public documents only. */
    @GetMapping("/documents/{id}/file")
    ResponseEntity<Resource> file(@PathVariable UUID id, @RequestParam(required = false) Integer revision) {
        return send(reading.download(new DocumentId(id), revision));
    }

    /** The file, or the ranges a {@code Range} header asks for (206; Spring MVC reads them from the resource). */
    static ResponseEntity<Resource> send(DocumentReading.Download dl) {
        Document.Version v = dl.version();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(dl.document().downloadName(v), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + v.sha256() + "\"")
                .header("Digest", "sha-256=" + S3BlobStore.base64(v.sha256()))
                .contentType(MediaType.parseMediaType(v.format().mediaType()))
                .body(dl.content()); // Content-Length from the resource: the whole file's, or each range's
    }

    @GetMapping(path = "/meetings/{code}/documents.zip", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> zip(@PathVariable String code, @RequestParam(name = "id") List<UUID> ids) {
        return zipResponse(reading, code, ids);
    }

    static ResponseEntity<StreamingResponseBody> zipResponse(DocumentReading reading, String code,
            List<UUID> ids) {
        List<Document> selected = reading.zipSelection(code, ids);
        StreamingResponseBody body = out -> reading.writeZip(selected, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-documents.zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip")).body(body);
    }

    /** X-DOC-1: a co-source's focal point (or the secretariat) confirms that the organisation co-signs. */
    @PostMapping("/documents/{id}/co-sources/{organisation}/confirmation")
    DocumentView confirmCoSource(@PathVariable UUID id, @PathVariable UUID organisation) {
        Document d = allocation.confirmCoSource(new DocumentId(id), new OrganisationId(organisation));
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    record Allocation(List<Integer> questions, List<Integer> workingParties, List<String> agendaItems) {
    }

    @PutMapping("/documents/{id}/allocation")
    DocumentView allocate(@PathVariable UUID id, @RequestBody Allocation a) {
        Document d = allocation.allocate(new DocumentId(id), a.questions(), a.workingParties(), a.agendaItems());
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    record StatusChange(DocumentStatus status, String revisedBy) {
    }

    @PostMapping("/documents/{id}/status")
    DocumentView status(@PathVariable UUID id, @RequestBody StatusChange c) {
        Document d = allocation.changeStatus(new DocumentId(id), c.status(), c.revisedBy());
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    record LateStep(LateDecision decision, String note) {
    }

    @PostMapping("/documents/{id}/late-decision")
    DocumentView late(@PathVariable UUID id, @RequestBody LateStep s) {
        Document d = allocation.decideLate(new DocumentId(id), s.decision(), s.note());
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    @PutMapping("/documents/{id}/public")
    DocumentView makePublic(@PathVariable UUID id, @RequestBody Map<String, Boolean> body) {
        Document d = allocation.setPublic(new DocumentId(id), Boolean.TRUE.equals(body.get("public")));
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    @PostMapping("/documents/{id}/mark")
    DocumentView mark(@PathVariable UUID id, @RequestBody Map<String, DocumentMark> body) {
        Document d = allocation.mark(new DocumentId(id), body.get("mark"));
        return view(d, meetings.get(d.meeting()).code(), reading.history(d.id()));
    }

    /** Atom feed of a Question's newest documents, for feed readers (HTTP Basic like the rest of the API). */
    @GetMapping(path = "/study-groups/{sg}/questions/{q}/documents.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed(@PathVariable int sg, @PathVariable int q) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(atom.render(sg, q, reading.forQuestion(sg, q, 50)));
    }
}
