package org.plenary.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * The input rules for every JSON body, applied while it is read: no string holds a control
 * character or is longer than {@link InputLimits#ANY}; no date falls outside
 * {@link InputLimits#FIRST_YEAR}..{@link InputLimits#LAST_YEAR}; no list holds a {@code null}
 * element. A breach is a 400 problem naming the rule (see {@code ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputRules {

    @Bean
    JsonMapperBuilderCustomizer plenaryInputRules() {
        SimpleModule module = new SimpleModule("plenary-input-rules");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
                Class<?> type = beanDesc.getBeanClass();
                return type == String.class || type == LocalDate.class ? new Checked(deserializer) : deserializer;
            }

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
                return new Checked(deserializer);
            }
        });
        return builder -> builder.addModule(module);
    }

    /** Reads with the standard deserializer, then applies the rules to what it read. */
    static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            String field = p.currentName() == null ? "" : p.currentName();
            if (value instanceof String s) {
                InputGuard.check(field, s, InputLimits.ANY);
            } else if (value instanceof Collection<?> c && c.stream().anyMatch(Objects::isNull)) {
                throw PlenaryException.invalid("problem.nullElement");
            } else if (value instanceof LocalDate d && !InputLimits.isPlausible(d)) {
                throw PlenaryException.invalid("problem.dateOutOfRange", field, String.valueOf(InputLimits.FIRST_YEAR),
                        String.valueOf(InputLimits.LAST_YEAR));
            }
            return value;
        }
    }
}
