package org.plenary.directory;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * No default passwords: when no secretariat account exists, one is created with the password from
 * {@code PLENARY_ADMIN_PASSWORD}, or a random one-time password printed once to the log that must
 * be changed at first login.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Accounts accounts;
    private final AccountManagement management;
    private final String email;
    private final String password;

    AdminBootstrap(Accounts accounts, AccountManagement management,
            AdminProperties props) {
        this.accounts = accounts;
        this.management = management;
        this.email = props.email();
        this.password = props.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.SECRETARIAT)) {
            return;
        }
        if (StringUtils.hasText(password)) {
            management.create(new AccountManagement.NewAccount(email, "TSB Secretariat", "en",
                    Set.of(Role.SECRETARIAT), password));
            log.info("Created the secretariat account {} with the password from PLENARY_ADMIN_PASSWORD", email);
            return;
        }
        String oneTime = randomPassword();
        management.createWithOneTimePassword(email, "TSB Secretariat", Set.of(Role.SECRETARIAT), oneTime);
        log.warn("""

                ==================================================================
                 Created the secretariat account {}
                 One-time password: {}
                 It is shown only now and must be changed at first login.
                ==================================================================""", email, oneTime);
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
