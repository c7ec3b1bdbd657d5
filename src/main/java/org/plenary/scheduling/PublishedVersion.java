package org.plenary.scheduling;

import java.time.Instant;

/** One published version of a meeting's plan. */
public record PublishedVersion(int number, Instant publishedAt, String publishedBy, String note) {
}
