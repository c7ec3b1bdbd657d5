package org.plenary.shared;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which page of a long list a request asks for ({@code page} from 1, {@code size} rows), bounded so
 * that no request reads more than {@link #MAX_SIZE} rows; out-of-range values are brought back into
 * range rather than refused. {@link #of(long)} puts the total next to it, with the links to the
 * neighbouring pages that keep every other query parameter (the list's filters and sorting).
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    /** The header naming an API list's total across all pages. */
    public static final String TOTAL_HEADER = "X-Total-Count";

    public static Paging of(Integer page, Integer size, int defaultSize) {
        int s = size == null ? defaultSize : Math.max(1, Math.min(MAX_SIZE, size));
        return new Paging(page == null ? 1 : Math.max(1, Math.min(page, 1_000_000)), s);
    }

    /** Every row on one page: for exports and internal readers that need the whole list. */
    public static Paging all() {
        return new Paging(1, Integer.MAX_VALUE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public Page of(long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Page(page, size, total, pages, page > 1 ? link(Math.min(page - 1, pages)) : null,
                page < pages ? link(page + 1) : null);
    }

    /**
     * The current request's path and query with another page number (relative to the host); none
     * outside a web request (a service called from a job or a test has no page to link from).
     */
    private static String link(int page) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes)) {
            return null;
        }
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return UriComponentsBuilder.newInstance().path(current.getPath()).query(current.getQuery())
                .replaceQueryParam("page", page).build().toUriString();
    }

    /** A page's place in the list: {@code previous}/{@code next} are links, null at either end. */
    public record Page(int page, int size, long total, int pages, String previous, String next) {

        /** The RFC 8288 {@code Link} header value naming the neighbouring pages, or null when there are none. */
        public String linkHeader() {
            StringBuilder b = new StringBuilder();
            if (previous != null) {
                b.append('<').append(previous).append(">; rel=\"prev\"");
            }
            if (next != null) {
                b.append(b.isEmpty() ? "" : ", ").append('<').append(next).append(">; rel=\"next\"");
            }
            return b.isEmpty() ? null : b.toString();
        }

        /**
         * An API list's answer: the page's items as the body (a plain JSON array, as before paging),
         * the total in {@code X-Total-Count} and the neighbouring pages in {@code Link}.
         */
        public <T> ResponseEntity<List<T>> response(List<T> items) {
            ResponseEntity.BodyBuilder b = ResponseEntity.ok().header(TOTAL_HEADER, String.valueOf(total));
            String link = linkHeader();
            return (link == null ? b : b.header(HttpHeaders.LINK, link)).body(items);
        }
    }
}
