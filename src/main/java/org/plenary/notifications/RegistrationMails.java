package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.registration.RegistrationApproved;
import org.plenary.registration.RegistrationRejected;
import org.plenary.registration.RegistrationSubmitted;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Formats;
import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The registration workflow's mails, each in its recipient's preferred language, queued in the
 * transaction of the change: a receipt to the delegate, the new request to the organisation's
 * focal points, the decision to the delegate.
 */
@Component
class RegistrationMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final Directory directory;
    private final BaseUrl baseUrl;
    private final Formats formats;

    RegistrationMails(Outbox outbox, MessageSource messages, AccountManagement accounts, Directory directory,
            BaseUrl baseUrl, Formats formats) {
        this.baseUrl = baseUrl;
        this.formats = formats;
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The receipt goes to the address the event carries: the delegate's account is not read again. */
    @EventListener
    void on(RegistrationSubmitted e) {
        String org = e.organisationName();
        send(e.accountEmail(), e.accountLanguage(), "mail.receipt", e.meetingCode(), e.meetingTitle(),
                e.accountName(), org, e.automaticallyApproved() ? 1 : 0, e.late() ? 1 : 0);
        if (e.automaticallyApproved() || e.decidedBySecretariat()) {
            return;
        }
        String link = baseUrl.of("/focal-point/requests/" + e.id().value());
        for (Account fp : directory.focalPointAccounts(e.organisation())) {
            toFocalPoint(fp, e, e.accountName(), org, link);
        }
    }

    /**
     * The request to a focal point: who asks for which meeting (title, dates, place), and the
     * absolute link to the page where they decide it (issue 13).
     */
    private void toFocalPoint(Account to, RegistrationSubmitted e, String delegate, String org, String link) {
        Locale locale = Languages.locale(to.preferredLanguage());
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale); // the dates in the recipient's language, not the delegate's
        try {
            Object[] args = {e.meetingCode(), e.meetingTitle().in(locale), delegate, org, to.name(), link,
                    formats.date(e.firstDay()), formats.date(e.lastDay()), e.meetingPlace().in(locale)};
            outbox.enqueue(to.email(), locale, messages.getMessage("mail.focalRequest.subject", args, locale),
                    messages.getMessage("mail.focalRequest.body", args, locale));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    @EventListener
    void on(RegistrationApproved e) {
        accounts.find(e.account()).ifPresent(a -> send(a.email(), a.preferredLanguage(), "mail.approved",
                e.meetingCode(), e.meetingTitle(), a.name(), "", 0, 0));
    }

    @EventListener
    void on(RegistrationRejected e) {
        accounts.find(e.account()).ifPresent(a -> send(a.email(), a.preferredLanguage(), "mail.rejected",
                e.meetingCode(), e.meetingTitle(), a.name(), e.reason(), 0, 0));
    }

    /** Subject {@code key.subject} and body {@code key.body}: {0} meeting code, {1} meeting title, {2}… the args. */
    private void send(String to, String language, String key, String code, LocalizedText title, Object a2,
            Object a3, Object a4, Object a5) {
        Locale locale = Languages.locale(language);
        Object[] args = {code, title.in(locale), a2, a3, a4, a5};
        outbox.enqueue(to, locale, messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }
}
