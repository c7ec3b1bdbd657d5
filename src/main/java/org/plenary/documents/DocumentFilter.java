package org.plenary.documents;

import static org.plenary.shared.Strings.blankToNull;

import java.util.List;
import java.util.UUID;

/** Filters of a meeting's document list; null means "any". {@code text} is a full-text search. */
public record DocumentFilter(DocumentKind kind, String series, Integer question, Integer workingParty,
        String agendaItem, String source, DocumentStatus status, Boolean late, String text, List<UUID> ids) {

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public DocumentFilter {
        series = blankToNull(series);
        agendaItem = blankToNull(agendaItem);
        source = blankToNull(source);
        text = blankToNull(text);
    }
}
