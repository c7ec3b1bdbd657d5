package org.plenary.registration;

/** submitted → approved | rejected; withdrawn by the delegate; cancelled by the secretariat. */
public enum RegistrationStatus {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN, CANCELLED;

    public String messageKey() {
        return "registration.status." + name();
    }
}
