package org.plenary.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are. A resource chain is on (springdoc's webjars locator turns it on),
 * so Spring Boot would register {@link ResourceUrlEncodingFilter}, which looks every {@code @{...}}
 * link of a page up as a static resource inside the jar (no version strategy is configured, so it
 * never changes a link; misses are not cached): on a meeting page that was most of the request's
 * time. This disabled registration takes its place.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
