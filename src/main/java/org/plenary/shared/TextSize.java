package org.plenary.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The longest a text may be, in characters: for a {@link LocalizedText} each language's text, for
 * a String the text itself, for a collection of either each element.
 */
@Documented
@Constraint(validatedBy = TextSize.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextSize {

    int max();

    String message() default "{problem.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TextSize, Object> {

        private int max;

        @Override
        public void initialize(TextSize annotation) {
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value instanceof CharSequence s) {
                return s.length() <= max;
            }
            if (value instanceof LocalizedText t) {
                return t.values().values().stream().allMatch(v -> v.length() <= max);
            }
            if (value instanceof Collection<?> c) {
                return c.stream().allMatch(v -> isValid(v, context));
            }
            return true;
        }
    }
}
