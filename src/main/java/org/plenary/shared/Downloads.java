package org.plenary.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer for a generated document: an attachment with its name, never cached (letters may carry personal data). */
public final class Downloads {

    public static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    public static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return attachment(body, MediaType.APPLICATION_PDF, filename);
    }
}
