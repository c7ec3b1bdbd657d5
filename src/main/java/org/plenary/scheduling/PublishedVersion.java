package org.plenary.scheduling;

import java.time.Instant;

/**
 * One published version of a meeting's plan; {@code publishedBy} is the publisher's name as it was at
 * publication (never their e-mail address), or null for a version loaded as demo data.
 */
public record PublishedVersion(int number, Instant publishedAt, String publishedBy, String note) {
}
