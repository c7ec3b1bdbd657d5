package org.plenary.scheduling;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduling module's caches (Caffeine, through Spring's cache abstraction). */
@Configuration(proxyBeanMethods = false)
class SchedulingCaches {

    /** Room-display boards for a few seconds: 500 screens cost one query set; dropped when a plan is published. */
    static final String BOARDS = "scheduling.boards";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> roomBoardCache() {
        return manager -> manager.registerCustomCache(BOARDS,
                Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(1000).build());
    }
}
