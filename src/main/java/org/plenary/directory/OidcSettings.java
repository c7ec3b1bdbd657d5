package org.plenary.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings: whether Plenary's own passwords are accepted, and the OpenID Connect providers
 * the operator trusts ({@code plenary.login.providers.<id>.*}). With no provider, login is as before.
 * {@code returnBaseUrl}: where providers send the browser back (default {@code plenary.base-url}); the tests set
 * Spring's {@code {baseUrl}} template (the request's own address) because their server's port is random.
 */
@ConfigurationProperties("plenary.login")
record OidcSettings(Boolean localPasswords, String returnBaseUrl, Map<String, Provider> providers) {

    OidcSettings {
        localPasswords = localPasswords == null || localPasswords;
        providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
    }

    boolean passwordsAllowed() {
        return localPasswords;
    }

    /**
     * One provider.
     *
     * @param membershipClaim the claim that says the person reads members-only documents (none: no such claim)
     * @param membershipValues the claim's values that count (a boolean claim counts when {@code true})
     * @param membershipCategory the standing such a person gets (default: Sector Member)
     * @param groupsClaim the claim listing the person's groups (default {@code groups})
     * @param secretariatGroup the group whose members are the secretariat (none: no one becomes secretariat)
     */
    record Provider(String issuerUri, String clientId, String clientSecret, String displayName,
            String membershipClaim, List<String> membershipValues, MembershipCategory membershipCategory,
            String groupsClaim, String secretariatGroup) {

        Provider {
            membershipValues = membershipValues == null || membershipValues.isEmpty() ? List.of("true")
                    : List.copyOf(membershipValues);
            membershipCategory = membershipCategory == null ? MembershipCategory.SECTOR_MEMBER : membershipCategory;
            groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        }
    }
}
