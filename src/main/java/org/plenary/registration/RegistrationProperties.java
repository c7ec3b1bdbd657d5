package org.plenary.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code plenary.registration.*}.
 *
 * @param observerHasMemberStateFields whether observers also get the Member-State-only fields (L-REG-3, X-REG-3)
 */
@ConfigurationProperties("plenary.registration")
record RegistrationProperties(@DefaultValue("true") boolean observerHasMemberStateFields) {
}
