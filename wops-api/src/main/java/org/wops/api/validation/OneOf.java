package org.wops.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text must name a constant of the given enum ({@code null} passes: combine with
 * {@code @NotBlank}). Input DTOs take enum values as text with this constraint, so that an unknown
 * value is reported like any other invalid field, with its name and the allowed values, instead of
 * failing the whole JSON binding.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
  Class<? extends Enum<?>> value();

  String message() default "must be one of the allowed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
