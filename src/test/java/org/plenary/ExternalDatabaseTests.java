package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.plenary.shared.BundledDatabase;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With SPRING_DATASOURCE_URL the application uses that server and starts no bundled one;
 * a second instance on the same database sees what the first one serves.
 */
@IntegrationTest
class ExternalDatabaseTests {

    @Autowired
    BundledDatabase testDatabase;

    @Test
    void aConfiguredDatasourceReplacesTheBundledServer() {
        String url = testDatabase.jdbcUrl();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + testDatabase.password(), "--plenary.demo-data=false")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var meeting = new TestHttp(port).get("/api/v1/meetings/SG12-2026-06");
            assertThat(meeting.status()).isEqualTo(200);
            assertThat(meeting.json().get("firstDay").asString()).isEqualTo("2026-06-09");
        }
    }
}
