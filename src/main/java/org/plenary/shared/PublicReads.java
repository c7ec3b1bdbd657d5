package org.plenary.shared;

import java.util.List;

/**
 * GET paths a module serves to every anonymous reader alike (per language, minute and content
 * version): their anonymous answers are kept rendered by {@link PublicReadCache} and revalidated
 * with an {@code ETag}. Each module declares its own as a bean; what changes their content calls
 * {@link PublicContent#changed(String)} (one meeting) or {@link PublicContent#changed()}. A pattern
 * that names the meeting's code as {@code {meeting}} is kept under that meeting's version, so that
 * other meetings' writes leave it; any other under the version of pages about several meetings.
 *
 * @param patterns path patterns ({@code /meetings/{meeting}/agenda}, {@code /display/*})
 */
public record PublicReads(List<String> patterns) {

    /** The variable that names a meeting's code in a pattern. */
    public static final String MEETING = "meeting";

    public static PublicReads of(String... patterns) {
        return new PublicReads(List.of(patterns));
    }
}
