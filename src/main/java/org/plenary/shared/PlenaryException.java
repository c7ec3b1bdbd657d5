package org.plenary.shared;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.temporal.TemporalAccessor;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must read: carries a message-bundle key and its arguments, so the API
 * answers with a translated problem detail and pages show a translated message.
 */
public class PlenaryException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    /** Travels with the exception when a page keeps it for the next request (flash attributes live in the session table). */
    private transient Object[] args;

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

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        Object[] kept = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != null && !(kept[i] instanceof String || kept[i] instanceof Number
                    || kept[i] instanceof TemporalAccessor || kept[i] instanceof Boolean)) {
                kept[i] = kept[i].toString();
            }
        }
        out.writeObject(kept);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        args = (Object[]) in.readObject();
    }
}
