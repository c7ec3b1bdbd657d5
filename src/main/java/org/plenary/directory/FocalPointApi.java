package org.plenary.directory;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.plenary.shared.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations/{id}/focal-points}: the secretariat adds a focal point and mails the invitation. */
@RestController
@RequestMapping("/api/v1")
class FocalPointApi {

    private final FocalPointInvitations invitations;

    FocalPointApi(FocalPointInvitations invitations) {
        this.invitations = invitations;
    }

    record FocalPointInput(String email, @Size(max = InputLimits.NAME) String name,
            @Size(max = 5) String language) {
    }

    record FocalPointJson(UUID account, String email, String name, String sent) {
    }

    @PostMapping("/organisations/{id}/focal-points")
    @ResponseStatus(HttpStatus.CREATED)
    FocalPointJson add(@PathVariable UUID id, @Valid @RequestBody FocalPointInput in) {
        FocalPointInvitations.Invited done = invitations.invite(new OrganisationId(id), in.email(), in.name(),
                in.language());
        return new FocalPointJson(done.account().id().value(), done.account().email(), done.account().name(),
                done.mail().name());
    }
}
