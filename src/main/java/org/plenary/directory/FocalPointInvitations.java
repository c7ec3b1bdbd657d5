package org.plenary.directory;

import java.time.Clock;
import java.util.Set;

import org.plenary.shared.InputLimits;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat makes a person an organisation's focal point and invites them: the account is
 * found by its address or made without a password (as the directory import does), linked as focal
 * point ({@link Directory#linkFocalPoint}), and mailed a link to set a password through
 * {@link PasswordReset#sendLink} (an invitation, or a reset when the person has a password already).
 * All in one transaction: a refused step leaves nothing behind.
 */
@Service
public class FocalPointInvitations {

    private final Accounts accounts;
    private final Directory directory;
    private final PasswordReset reset;
    private final Clock clock;

    FocalPointInvitations(Accounts accounts, Directory directory, PasswordReset reset, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.reset = reset;
        this.clock = clock;
    }

    /** What was done: the focal point's account and the kind of mail sent. */
    public record Invited(Account account, PasswordLinkIssued.Reason mail) {
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Invited invite(OrganisationId organisation, String email, String name, String language) {
        String mail = EmailAddresses.checked(email);
        directory.organisation(organisation).orElseThrow(() -> PlenaryException.notFound("organisation.notFound"));
        Account account = accounts.findByEmail(mail).map(Accounts.Stored::account).orElseGet(() -> {
            String n = name == null ? "" : name.strip();
            if (n.isEmpty()) {
                throw PlenaryException.invalid("account.nameRequired");
            }
            if (n.length() > InputLimits.NAME) {
                throw PlenaryException.invalid("account.nameInvalid", InputLimits.NAME);
            }
            Account a = new Account(AccountId.random(), mail, n, Languages.isSupported(language) ? language : "en",
                    Set.of(Role.DELEGATE), true, false, clock.instant());
            accounts.insert(a, null);
            return a;
        });
        if (!account.enabled()) {
            throw PlenaryException.conflict("account.disabled");
        }
        directory.linkFocalPoint(organisation, account.id());
        PasswordLinkIssued.Reason sent = reset.sendLink(account.id());
        return new Invited(accounts.findById(account.id()).orElseThrow().account(), sent);
    }
}
