package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes the API and its authentication; the paths the README names exist. */
@IntegrationTest
class ApiDocumentTests {

    static final String ADMIN = "secretariat@plenary.local";
    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentHasATitleVersionDescriptionAndTheHttpBasicScheme() {
        JsonNode doc = new TestHttp(port).get("/v3/api-docs").json();
        JsonNode info = doc.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Plenary API");
        assertThat(info.get("version").asString()).isEqualTo("v1");
        assertThat(info.get("description").asString()).contains("HTTP Basic").contains("RFC 9457");
        JsonNode basic = doc.get("components").get("securitySchemes").get("basicAuth");
        assertThat(basic.get("type").asString()).isEqualTo("http");
        assertThat(basic.get("scheme").asString()).isEqualTo("basic");
        assertThat(doc.get("security").get(0).has("basicAuth")).isTrue();
    }

    @Test
    void theAtomFeedPathTheReadmeNamesAnswersAFeed() throws Exception {
        Matcher m = Pattern.compile("`(/[^`]*\\.atom)`").matcher(Files.readString(Path.of("README.md")));
        assertThat(m.find()).as("the README names the Atom feed's path").isTrue();
        String path = m.group(1).replace("{sg}", "12").replace("{q}", "4");
        TestHttp.Response r = new TestHttp(port).as(ADMIN, ADMIN_PASSWORD).get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        assertThat(r.body()).contains("<feed");
    }
}
