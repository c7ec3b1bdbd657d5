package org.plenary.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must read: carries a message-bundle key and its arguments, so the API
 * answers with a translated problem detail and pages show a translated message.
 */
public class PlenaryException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public PlenaryException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static PlenaryException notFound(String key, Object... args) {
        return new PlenaryException(HttpStatus.NOT_FOUND, key, args);
    }

    public static PlenaryException conflict(String key, Object... args) {
        return new PlenaryException(HttpStatus.CONFLICT, key, args);
    }

    public static PlenaryException invalid(String key, Object... args) {
        return new PlenaryException(HttpStatus.BAD_REQUEST, key, args);
    }

    public static PlenaryException forbidden(String key, Object... args) {
        return new PlenaryException(HttpStatus.FORBIDDEN, key, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
