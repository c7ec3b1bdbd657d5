package org.plenary.shared;

import java.nio.file.Path;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.*}: where the data lives and how this installation presents itself.
 *
 * @param dataDir the bundled PostgreSQL's files ({@code postgres/}) and stored documents ({@code PLENARY_DATA_DIR})
 * @param baseUrl the public address every absolute link starts with ({@code PLENARY_BASE_URL}); checked by {@link BaseUrl}
 * @param secretariat the secretariat's own settings
 * @param api the published API's settings
 */
@Validated
@ConfigurationProperties("plenary")
public record PlenaryProperties(@DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl, @DefaultValue @Valid Secretariat secretariat,
        @DefaultValue @Valid Api api) {

    /** @param timeZone the zone of times that belong to no meeting (the outbox) */
    public record Secretariat(@DefaultValue("Europe/Zurich") @NotNull ZoneId timeZone) {
    }

    /** @param version the version the OpenAPI document announces */
    public record Api(@DefaultValue("v1") @NotBlank String version) {
    }
}
