package org.plenary.shared;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's read and write buffers per connection at 64 KB instead of 8 KB. Writing: a kept public
 * answer ({@link PublicReadCache}, the sessions JSON is 40 KB) leaves in one socket write instead of
 * one per 8 KB. Reading: an upload's body comes in 64 KB reads instead of 8 KB ones (1 MB uploads:
 * 190 to 224/s on two cores, bench/documents). The price is heap: 128 KB per open connection, so
 * 1,000 kept-alive connections (room displays polling) hold 128 MB.
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffers {

    static final int BYTES = 64 * 1024;

    @Bean
    TomcatConnectorCustomizer largeSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appWriteBufSize", String.valueOf(BYTES));
            connector.setProperty("socket.appReadBufSize", String.valueOf(BYTES));
        };
    }
}
