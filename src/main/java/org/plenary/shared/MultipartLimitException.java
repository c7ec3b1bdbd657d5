package org.plenary.shared;

import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body over one of {@link MultipartForms}' limits other than its size (too many parts, too
 * much form text): the sender can mend it, so {@code RequestReadingHandler} answers with the limit's own
 * message instead of asking to send the body again.
 */
final class MultipartLimitException extends MultipartException {

    private final String messageKey;
    private final transient Object[] args;

    MultipartLimitException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
