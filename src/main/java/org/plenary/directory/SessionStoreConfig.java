package org.plenary.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL ({@code directory_session}). Two requests of one session that add the
 * same attribute at once (the first pages after a login each create the CSRF token; htmx fires
 * several requests) would both insert it, and the second would fail with a duplicate key: a 500 for
 * the person. Spring Session's PostgreSQL customizer writes attributes with an upsert instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
