package org.plenary.shared;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's write buffer per connection at 64 KB instead of 8 KB: a kept public answer ({@link PublicReadCache},
 * the sessions JSON is 40 KB) then leaves in one socket write instead of one per 8 KB.
 */
@Configuration(proxyBeanMethods = false)
class ResponseWriteBuffer {

    static final int BYTES = 64 * 1024;

    @Bean
    TomcatConnectorCustomizer largeSocketWriteBuffer() {
        return connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(BYTES));
    }
}
