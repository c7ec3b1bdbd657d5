package org.plenary.directory;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The second {@link MembershipSource}: what a provider's membership claim (the operator maps which
 * claim and which values) said at the account's last sign-in through that provider. A sign-in
 * without the claim takes the standing away again.
 */
@Component
class ProviderClaims implements MembershipSource {

    private final IdentityLinks links;

    ProviderClaims(IdentityLinks links) {
        this.links = links;
    }

    @Override
    public List<Standing> standings(AccountId account) {
        return links.of(account).stream().map(IdentityLinks.Link::memberCategory).filter(Objects::nonNull)
                .map(c -> new Standing(c, null)).toList();
    }
}
