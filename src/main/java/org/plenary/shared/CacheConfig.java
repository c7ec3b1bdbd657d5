package org.plenary.shared;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction, backed by Caffeine (Spring Boot picks {@code CaffeineCacheManager}).
 * Each module registers its own caches, with their own expiry and size, through a
 * {@code CacheManagerCustomizer<CaffeineCacheManager>}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {
}
