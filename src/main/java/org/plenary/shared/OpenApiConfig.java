package org.plenary.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} ({@code /v3/api-docs}): its title, version and
 * description for developers, and the HTTP Basic scheme every non-public endpoint requires.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI plenaryOpenApi(PlenaryProperties props) {
        return new OpenAPI()
                .info(new Info().title("Plenary API").version(props.api().version())
                        .description("""
                                Meetings of ITU-T study groups: meetings and deadlines, registration and \
                                check-in, documents (contributions, TDs, Atom feeds per Question), the time \
                                plan and calendars, fellowships, letters and remote participation. Requests \
                                are stateless and authenticate with HTTP Basic (the Plenary account's e-mail \
                                and password); public endpoints need no credentials. Errors are RFC 9457 \
                                problem details in the language of the Accept-Language header."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The Plenary account's e-mail and password.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
