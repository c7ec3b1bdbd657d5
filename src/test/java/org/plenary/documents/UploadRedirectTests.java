package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue #10: the oversize-upload redirect goes back to a page of Plenary, whatever the Referer says. */
class UploadRedirectTests {

    private static String backTo(String referer) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/meetings/X/contributions");
        if (referer != null) {
            r.addHeader("Referer", referer);
        }
        return UploadSizeFilter.backTo(r);
    }

    @Test
    void theFormsOwnPageKeepsItsQuery() {
        assertThat(backTo("http://localhost:8080/meetings/SG12-2026-06/contributions/new?lang=fr&tooLarge=5"))
                .isEqualTo("/meetings/SG12-2026-06/contributions/new?lang=fr&");
        assertThat(backTo(null)).isEqualTo("/?");
    }

    @Test
    void aRefererNamingAnotherHostNeverBecomesTheRedirect() {
        for (String evil : new String[] {"http://localhost:8080//evil.example/phish",
                "http://localhost:8080//evil.example", "https://localhost:8080/\\evil.example/x",
                "http://localhost:8080/%5Cevil.example", "javascript:alert(1)", "//evil.example/x",
                "http://localhost:8080///evil.example/"}) {
            String location = backTo(evil);
            assertThat(location).as(evil).startsWith("/").doesNotStartWith("//").doesNotContain("\\")
                    .doesNotContain("evil.example/").doesNotStartWith("/\\");
            assertThat(location.startsWith("//") || location.startsWith("/\\")).isFalse();
        }
        assertThat(backTo("http://localhost:8080//evil.example/phish")).isEqualTo("/?");
    }
}
