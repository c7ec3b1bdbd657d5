package org.plenary.documents;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Membership;
import org.plenary.directory.Role;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.notifications.Outbox;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about documents, queued in the outbox inside the accepting transaction: the receipt with
 * the number to the submitter and to the contacts named in the form that are verified accounts
 * (an address that is not gets nothing: the form must not make Plenary mail strangers), and a
 * notice to the watchers of each Question a new document concerns.
 */
@Component
class DocumentMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final QuestionFollowing following;
    private final Membership membership;

    DocumentMails(Outbox outbox, MessageSource messages, AccountManagement accounts, QuestionFollowing following,
            Membership membership) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.following = following;
        this.membership = membership;
    }

    void received(Document d, AccountId submitter) {
        Account a = accounts.find(submitter).orElseThrow();
        Map<String, Account> to = new LinkedHashMap<>();
        to.put(a.email().toLowerCase(Locale.ROOT), a);
        for (String email : d.contactEmails()) { // typed by the submitter: only verified accounts get a mail
            accounts.verifiedByEmail(email).ifPresent(c -> to.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c));
        }
        String key = d.late() ? "documents.mail.receiptLate" : "documents.mail.receipt";
        for (Account recipient : to.values()) {
            Locale l = Languages.locale(recipient.preferredLanguage());
            outbox.enqueue(recipient.email(), l, messages.getMessage(key + ".subject", new Object[] {d.reference()}, l),
                    messages.getMessage(key + ".body", new Object[] {d.reference(), d.title(), d.source(),
                            a.name()}, l));
        }
    }

    void newForQuestions(Document d, List<Integer> questions, AccountId except) {
        Set<AccountId> notified = new LinkedHashSet<>();
        notified.add(except);
        for (Integer q : questions) {
            for (AccountId watcher : following.followers(d.studyGroup(), q)) {
                if (!notified.add(watcher)) {
                    continue;
                }
                // L-DOC-4: a members-only document's title and source go only to those who may read it
                accounts.find(watcher).filter(Account::enabled).filter(a -> d.isPublic() || a.has(Role.SECRETARIAT)
                        || membership.isMember(a.id(), d.studyGroup())).ifPresent(a -> {
                    Locale l = Languages.locale(a.preferredLanguage());
                    String question = "Q" + q + "/" + d.studyGroup();
                    outbox.enqueue(a.email(), l,
                            messages.getMessage("documents.mail.watch.subject",
                                    new Object[] {d.reference(), question}, l),
                            messages.getMessage("documents.mail.watch.body",
                                    new Object[] {d.reference(), d.title(), d.source(), question}, l));
                });
            }
        }
    }
}
