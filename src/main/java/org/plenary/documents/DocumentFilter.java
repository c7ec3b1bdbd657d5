package org.plenary.documents;

import static org.plenary.shared.Strings.blankToNull;

import java.util.List;
import java.util.UUID;

/**
 * Filters of a meeting's document list; null means "any". {@code text} is a full-text search,
 * {@code agendaItem} matches allocated or proposed items, {@code proposedAgendaItem} only the
 * item the submitter proposed.
 */
public record DocumentFilter(DocumentKind kind, String series, Integer question, Integer workingParty,
        String agendaItem, String source, DocumentStatus status, Boolean late, String text, List<UUID> ids,
        Boolean needsTranslation, String proposedAgendaItem) {

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The filter as it was before the translation and proposed-item filters (API and internal uses). */
    public DocumentFilter(DocumentKind kind, String series, Integer question, Integer workingParty,
            String agendaItem, String source, DocumentStatus status, Boolean late, String text, List<UUID> ids) {
        this(kind, series, question, workingParty, agendaItem, source, status, late, text, ids, null, null);
    }

    public DocumentFilter {
        series = blankToNull(series);
        agendaItem = blankToNull(agendaItem);
        source = blankToNull(source);
        text = blankToNull(text);
        proposedAgendaItem = blankToNull(proposedAgendaItem);
    }
}
