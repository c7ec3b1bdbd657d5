package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlTests {

    @Test
    void linksAreTheConfiguredBaseFollowedByThePath() {
        BaseUrl url = new BaseUrl("https://plenary.example.org/itu/");
        assertThat(url.of("/meetings/SG12-2026-06")).isEqualTo("https://plenary.example.org/itu/meetings/SG12-2026-06");
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutExtrasAreAccepted() {
        for (String bad : new String[] {"plenary.example.org", "/relative", "javascript:alert(1)", "ftp://x.org",
                "https://x.org/?a=b", "https://user@x.org", "https://x.org/#f"}) {
            assertThatThrownBy(() -> new BaseUrl(bad)).as(bad).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aPathMustNotLeaveTheBase() {
        BaseUrl url = new BaseUrl("https://plenary.example.org");
        assertThatThrownBy(() -> url.of("//evil.example/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> url.of("https://evil.example")).isInstanceOf(IllegalArgumentException.class);
    }
}
