package org.plenary.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.plenary.shared.PlenaryException;

/**
 * What a new password must be, wherever one is chosen (sign-up, change, renewal of a one-time
 * password, reset): at least 12 characters, at most 72 bytes in UTF-8 (bcrypt ignores the rest),
 * and not one of the 10,000 most common passwords, nor one of them repeated or padded with
 * digits and punctuation ({@code Password2024!}), nor a handful of characters repeated.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw PlenaryException.invalid("account.passwordTooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw PlenaryException.invalid("account.passwordTooLong", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw PlenaryException.invalid("account.passwordCommon");
        }
    }

    static boolean isCommon(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (p.codePoints().distinct().count() < 5 || COMMON.contains(p)) {
            return true;
        }
        String core = p.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+", "").replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        if (core.length() >= 4 && COMMON.contains(core)) {
            return true;
        }
        for (int len = 4; len <= core.length() / 2; len++) {
            if (core.length() % len == 0 && COMMON.contains(core.substring(0, len))
                    && core.equals(core.substring(0, len).repeat(core.length() / len))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/directory/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("directory/common-passwords.txt is missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
