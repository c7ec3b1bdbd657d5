package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** One rule for an account's address: sign-up, reset, the secretariat's new account and the import agree. */
@IntegrationTest
class EmailAddressesTests {

    @Autowired
    AccountManagement accounts;

    @Test
    void theRuleAlone() {
        assertThat(EmailAddresses.checked("  amina@example.org ")).isEqualTo("amina@example.org");
        assertThat(EmailAddresses.valid("a".repeat(64) + "@example.org")).isTrue();
        for (String bad : new String[] {null, "", "amina", "a@b@c", "am ina@example.org", "amina\u0007@example.org",
                "a".repeat(65) + "@example.org", "amina@" + "e".repeat(256)}) {
            assertThat(EmailAddresses.valid(bad)).as(String.valueOf(bad)).isFalse();
        }
    }

    @Test
    void theSecretariatCannotCreateAnAccountSignUpWouldRefuse() {
        String tooLong = "x".repeat(65) + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> accounts.create(
                new AccountManagement.NewAccount(tooLong, "Too Long", "en", Set.of(Role.DELEGATE), TestUsers.PASSWORD)))
                .isInstanceOfSatisfying(PlenaryException.class, e -> assertThat(e.messageKey()).isEqualTo("account.emailInvalid"));
    }
}
