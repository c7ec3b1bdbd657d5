package org.plenary.notifications;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Membership;
import org.plenary.directory.Role;
import org.plenary.documents.CoSourceConfirmationRequested;
import org.plenary.documents.DocumentAllocated;
import org.plenary.documents.DocumentKind;
import org.plenary.documents.DocumentSubmitted;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about documents, queued in the transaction that accepted or allocated the document: the
 * receipt with the number to a contribution's submitter and to the contacts named in the form that
 * are verified accounts (an address that is not gets nothing: the form must not make Plenary mail
 * strangers), a notice to the watchers of each Question a document newly concerns, and the request
 * to confirm a co-source to the organisation's focal points.
 */
@Component
class DocumentMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final Directory directory;
    private final QuestionFollowing following;
    private final Membership membership;
    private final BaseUrl baseUrl;

    DocumentMails(Outbox outbox, MessageSource messages, AccountManagement accounts, Directory directory,
            QuestionFollowing following, Membership membership, BaseUrl baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.directory = directory;
        this.following = following;
        this.membership = membership;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(DocumentSubmitted e) {
        if (e.kind() == DocumentKind.C) {
            receipt(e);
        }
        watchers(new Notice(e.reference(), e.studyGroup(), e.title(), e.source(), e.isPublic()), e.questions(),
                e.submitter());
    }

    @EventListener
    void on(DocumentAllocated e) {
        watchers(new Notice(e.reference(), e.studyGroup(), e.title(), e.source(), e.isPublic()), e.addedQuestions(),
                e.by());
    }

    @EventListener
    void on(CoSourceConfirmationRequested e) {
        String link = baseUrl.of("/documents/" + e.document());
        for (Account a : directory.focalPointAccounts(e.organisation())) {
            if (a.enabled()) {
                Locale l = Languages.locale(a.preferredLanguage());
                Object[] args = {e.reference(), e.organisationName(), a.name(), e.submitterName(), e.title(), link};
                outbox.enqueue(a.email(), l, messages.getMessage("documents.mail.coSource.subject", args, l),
                        messages.getMessage("documents.mail.coSource.body", args, l));
            }
        }
    }

    private void receipt(DocumentSubmitted e) {
        Account a = accounts.find(e.submitter()).orElseThrow();
        Map<String, Account> to = new LinkedHashMap<>();
        to.put(a.email().toLowerCase(Locale.ROOT), a);
        for (String email : e.contactEmails()) { // typed by the submitter: only verified accounts get a mail
            accounts.verifiedByEmail(email).ifPresent(c -> to.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c));
        }
        String key = e.late() ? "documents.mail.receiptLate" : "documents.mail.receipt";
        for (Account recipient : to.values()) {
            Locale l = Languages.locale(recipient.preferredLanguage());
            outbox.enqueue(recipient.email(), l, messages.getMessage(key + ".subject", new Object[] {e.reference()}, l),
                    messages.getMessage(key + ".body", new Object[] {e.reference(), e.title(), e.source(), a.name()},
                            l));
        }
    }

    /** What a watcher's notice tells of the document. */
    private record Notice(String reference, int studyGroup, String title, String source, boolean isPublic) {
    }

    private void watchers(Notice d, List<Integer> questions, AccountId except) {
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
