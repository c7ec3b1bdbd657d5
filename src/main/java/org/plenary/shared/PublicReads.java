package org.plenary.shared;

import java.util.List;

/**
 * GET paths a module serves to every anonymous reader alike (per language, minute and content
 * version): their anonymous answers are kept rendered by {@link PublicReadCache} and revalidated
 * with an {@code ETag}. Each module declares its own as a bean; what changes their content calls
 * {@link PublicContent#changed()}.
 *
 * @param patterns path patterns ({@code /meetings/*})
 */
public record PublicReads(List<String> patterns) {

    public static PublicReads of(String... patterns) {
        return new PublicReads(List.of(patterns));
    }
}
