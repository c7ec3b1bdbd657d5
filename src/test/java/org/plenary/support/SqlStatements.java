package org.plenary.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of code runs on the calling thread (datasource-proxy wraps the
 * application's {@link DataSource} in the test context), so that a test can hold code to "one query",
 * and keeps their text, so that a test can hold one kind of statement ("one insert into the outbox").
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final ThreadLocal<List<String>> TEXTS = ThreadLocal.withInitial(ArrayList::new);

    /** What the action returned, how many statements it ran and their text, in order. */
    public record Counted<T>(T result, long statements, List<String> sql) {

        /** How many of the statements start with {@code start} (case and leading blanks ignored). */
        public long starting(String start) {
            String s = start.toLowerCase(Locale.ROOT);
            return sql.stream().filter(q -> q.strip().toLowerCase(Locale.ROOT).startsWith(s)).count();
        }
    }

    public static <T> Counted<T> count(Supplier<T> action) {
        return counted(action, QueryCount::getTotal);
    }

    /** As {@link #count}, counting only the reads ({@code select}s, the commit's {@code pg_notify} among them). */
    public static <T> Counted<T> countReads(Supplier<T> action) {
        return counted(action, QueryCount::getSelect);
    }

    private static <T> Counted<T> counted(Supplier<T> action, ToLongFunction<QueryCount> which) {
        QueryCountHolder.clear();
        TEXTS.get().clear();
        try {
            T result = action.get();
            return new Counted<>(result, which.applyAsLong(QueryCountHolder.getGrandTotal()), List.copyOf(TEXTS.get()));
        } finally {
            QueryCountHolder.clear();
            TEXTS.remove();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds).name(name).countQuery()
                            .afterQuery((exec, queries) -> queries.forEach(q -> TEXTS.get().add(q.getQuery())))
                            .build();
                }
                return bean;
            }
        };
    }
}
