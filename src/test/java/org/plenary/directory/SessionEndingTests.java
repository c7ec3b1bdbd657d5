package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Finding 8 of issue #10: what a session was granted at login must not outlive a new password, a
 * removed role or a disabled account. Two cookie jars are two browser contexts over real HTTP.
 */
@IntegrationTest
class SessionEndingTests {

    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    AccountManagement accounts;
    @Autowired
    PasswordReset reset;
    @Autowired
    OutboxQueries outbox;

    @Test
    void aPasswordChangeEndsTheOtherSessionsButKeepsTheOneThatChangedIt() {
        Account a = users.create("Two Laptops", Role.DELEGATE);
        FormBrowser stolen = new FormBrowser(port);
        FormBrowser mine = new FormBrowser(port);
        assertThat(stolen.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(mine.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(stolen.loggedIn()).isTrue();

        HttpResponse<String> changed = mine.submit("/account", "/account/password", "current", TestUsers.PASSWORD,
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(stolen.loggedIn()).as("the other browser is logged out").isFalse();
        assertThat(mine.loggedIn()).as("the browser that changed the password stays in").isTrue();
        assertThat(new FormBrowser(port).login(a.email(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void aPasswordResetEndsEverySessionHeldWithTheOldPassword() {
        Account a = users.create("Reset After Leak", Role.DELEGATE);
        FormBrowser stolen = new FormBrowser(port);
        assertThat(stolen.login(a.email(), TestUsers.PASSWORD)).isTrue();
        reset.requestByEmail(a.email(), "192.0.2.77");
        Matcher link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)")
                .matcher(outbox.to(a.email()).get(outbox.to(a.email()).size() - 1).body());
        assertThat(link.find()).isTrue();

        reset.reset(link.group(1), NEW_PASSWORD);

        assertThat(stolen.loggedIn()).as("whoever held the leaked password is out").isFalse();
        assertThat(new FormBrowser(port).login(a.email(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        Account sec = users.create("Disabling Secretariat", Role.SECRETARIAT);
        Account a = users.create("Soon Disabled", Role.DELEGATE);
        FormBrowser browser = new FormBrowser(port);
        assertThat(browser.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(browser.loggedIn()).isTrue();

        users.as(sec, () -> accounts.setEnabled(a.id(), false));

        assertThat(browser.loggedIn()).isFalse();
        assertThat(new FormBrowser(port).login(a.email(), TestUsers.PASSWORD)).isFalse();
    }

    @Test
    void removingARoleEndsTheSessionsThatCarryIt() {
        Account sec = users.create("Granting Secretariat", Role.SECRETARIAT);
        Account a = users.create("Former Secretariat", Role.SECRETARIAT, Role.DELEGATE);
        FormBrowser browser = new FormBrowser(port);
        assertThat(browser.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(browser.get("/secretariat").statusCode()).isEqualTo(200);

        users.as(sec, () -> accounts.grant(a.id(), Set.of(Role.DELEGATE)));

        assertThat(browser.get("/secretariat").statusCode()).as("no longer the secretariat's page")
                .isNotEqualTo(200);
        assertThat(browser.loggedIn()).isFalse();
        FormBrowser again = new FormBrowser(port);
        assertThat(again.login(a.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(again.get("/secretariat").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheSecretariatDisablesAccountsOrChangesRoles() {
        Account delegate = users.create("Ambitious Delegate", Role.DELEGATE);
        Assertions.assertThatThrownBy(
                () -> users.as(delegate, () -> accounts.grant(delegate.id(), Set.of(Role.SECRETARIAT))))
                .isInstanceOf(AccessDeniedException.class);
        Assertions.assertThatThrownBy(
                () -> users.as(delegate, () -> accounts.setEnabled(delegate.id(), false)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
