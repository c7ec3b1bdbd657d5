package org.plenary.directory;

import java.util.regex.Pattern;

import org.plenary.shared.PlenaryException;

/**
 * The one rule for an account's e-mail address, wherever one arrives (sign-up, password reset, the
 * secretariat's new account, the directory import): one {@code @}, no white space or control
 * characters, at most 64 characters before the {@code @} and 255 after it.
 */
final class EmailAddresses {

    private static final Pattern VALID = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,255}$");

    private EmailAddresses() {
    }

    static boolean valid(String address) {
        return address != null && VALID.matcher(address).matches();
    }

    /** The typed address without surrounding blanks, or {@code account.emailInvalid}. */
    static String checked(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (!valid(address)) {
            throw PlenaryException.invalid("account.emailInvalid");
        }
        return address;
    }
}
