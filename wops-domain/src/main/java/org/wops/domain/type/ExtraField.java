package org.wops.domain.type;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A field a partnership type adds to its partnerships: its name (the key of the value), its kind,
 * whether it is required, the allowed values (for {@link FieldType#CHOICE}), and its label in each
 * language.
 */
public record ExtraField(
    String name, FieldType type, boolean required, List<String> allowedValues, Labels label) {
  public static final int TEXT_MAX = 2000;

  public ExtraField {
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(label, "label is required");
    allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }

  /** What is wrong with this value of the field ({@code null}: absent), if anything. */
  public Optional<DomainRuleViolation> check(String value) {
    String field = "extraFields." + name;
    if (value == null || value.isBlank()) {
      return required
          ? Optional.of(
              new DomainRuleViolation(
                  "partnership.extra-field.required",
                  field,
                  label.en() + " is required for this type.",
                  label))
          : Optional.empty();
    }
    String v = value.strip();
    boolean ok =
        switch (type) {
          case TEXT -> v.length() <= TEXT_MAX;
          case NUMBER -> parses(() -> new BigDecimal(v));
          case DATE -> parses(() -> LocalDate.parse(v));
          case BOOLEAN -> v.equals("true") || v.equals("false");
          case CHOICE -> allowedValues.contains(v);
        };
    if (ok) {
      return Optional.empty();
    }
    String expected =
        switch (type) {
          case TEXT -> "at most " + TEXT_MAX + " characters";
          case NUMBER -> "a number";
          case DATE -> "a date (YYYY-MM-DD)";
          case BOOLEAN -> "true or false";
          case CHOICE -> "one of " + String.join(", ", allowedValues);
        };
    return Optional.of(
        new DomainRuleViolation(
            "partnership.extra-field.invalid",
            field,
            label.en() + " must be " + expected + ".",
            label));
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (NumberFormatException | DateTimeParseException e) {
      return false;
    }
  }
}
