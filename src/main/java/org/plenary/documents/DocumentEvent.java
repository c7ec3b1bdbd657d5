package org.plenary.documents;

import java.time.Instant;

import org.plenary.directory.AccountId;

/** One recorded step in a document's life: submitted, revised, allocated, status or late decision. */
public record DocumentEvent(Instant at, AccountId actor, String kind, String detail) {
}
