package org.plenary.directory;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's web sessions when what they were granted at login no longer holds (a new
 * password, a changed role, a disabled account). Sessions are stored in PostgreSQL and indexed by
 * principal name (the account's e-mail address), so this reaches every application node. Runs
 * after the change commits: a change that rolls back ends nothing.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account. */
    void endAll(String email) {
        afterCommit(() -> end(email, null));
    }

    /** Ends every session of the account except the one of the request being served (one's own password change). */
    void endOthers(String email) {
        String keep = currentSessionId();
        afterCommit(() -> end(email, keep));
    }

    private void end(String email, String keep) {
        sessions.findByPrincipalName(email).keySet().stream().filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r) {
            HttpSession s = r.getRequest().getSession(false);
            return s == null ? null : s.getId();
        }
        return null;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
