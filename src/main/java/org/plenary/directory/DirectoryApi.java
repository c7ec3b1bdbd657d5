package org.plenary.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1}: organisations, countries and the CSV import. */
@RestController
@RequestMapping("/api/v1")
class DirectoryApi {

    private final Directory directory;
    private final DirectoryImport importer;
    private final MessageSource messages;

    DirectoryApi(Directory directory, DirectoryImport importer, MessageSource messages) {
        this.directory = directory;
        this.importer = importer;
        this.messages = messages;
    }

    record OrganisationJson(UUID id, String name, String country, MembershipCategory category,
            Integer associateStudyGroup, boolean automaticApproval, ItuRegion region) {
    }

    @GetMapping("/organisations")
    List<OrganisationJson> organisations() {
        return directory.organisations().stream().map(this::json).toList();
    }

    record ApprovalJson(Boolean automatic) {
    }

    /** A focal point of the organisation (or the secretariat) switches between manual and automatic approval. */
    @PostMapping("/organisations/{id}/approval")
    OrganisationJson approval(@PathVariable UUID id,
            @RequestBody ApprovalJson body) {
        Organisation o = directory.setAutomaticApproval(new OrganisationId(id), Boolean.TRUE.equals(body.automatic()));
        return json(o);
    }

    private OrganisationJson json(Organisation o) {
        return new OrganisationJson(o.id().value(), o.name(), o.countryCode(), o.category(), o.associateStudyGroup(),
                o.automaticApproval(), directory.regionOf(o).orElse(null));
    }

    @GetMapping("/countries")
    List<Country> countries(Locale locale) {
        return directory.countries(locale);
    }

    record ImportError(int line, String code, String message) {
    }

    record ImportJson(int imported, boolean rolledBack, List<ImportError> errors) {
    }

    /** The CSV file as the request body ({@code text/csv}); {@code ?atomic=true} for all or nothing. */
    @PostMapping(value = "/directory/import", consumes = {"text/csv", "text/plain"})
    ImportJson importCsv(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean atomic,
            Locale locale) {
        DirectoryImport.Result r = importer.importCsv(csv, atomic);
        return new ImportJson(r.imported(), r.rolledBack(), r.errors().stream().map(e -> new ImportError(e.line(),
                e.messageKey(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))).toList());
    }
}
