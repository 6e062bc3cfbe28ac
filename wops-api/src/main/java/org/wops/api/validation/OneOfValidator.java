package org.wops.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link OneOf}: the text is the name of one of the enum's constants. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {
  private Set<String> allowed;
  private String allowedList;

  @Override
  public void initialize(OneOf annotation) {
    allowed =
        Arrays.stream(annotation.value().getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    allowedList =
        Arrays.stream(annotation.value().getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.joining(", "));
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || allowed.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("must be one of " + allowedList)
        .addConstraintViolation();
    return false;
  }
}
