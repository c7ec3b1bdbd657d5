package org.plenary.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context all integration tests share: the whole application on a random port,
 * on the bundled PostgreSQL (one server per JVM), with a settable clock (back at its start before
 * each test), a counter of SQL statements, the mail sender pointed at {@link TestMailServer} and two OpenID
 * Connect providers ({@link TestOidcProviders}). Do not add
 * {@code @MockitoBean}, {@code @DirtiesContext} or other properties to a test class: each
 * variation starts another context and another database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfig.class, SqlStatements.class, TestMailServer.class, TestOidcProviders.class})
@ExtendWith(IntegrationTestExtension.class)
public @interface IntegrationTest {
}
