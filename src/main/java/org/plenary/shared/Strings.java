package org.plenary.shared;

/** Small text helpers that every module uses the same way. */
public final class Strings {

    private Strings() {
    }

    /** The text stripped, or {@code null} when there is none (a blank form field means "not given"). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
