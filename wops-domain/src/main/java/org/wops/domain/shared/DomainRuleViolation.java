package org.wops.domain.shared;

import java.util.Objects;

/**
 * A domain rule was broken. Carries a stable, machine-readable {@code code} (for example {@code
 * operator.country.invalid}), the field it concerns (or {@code null} when the rule concerns the
 * whole aggregate) and a message a WOP coordinator understands. The API turns it into an RFC 9457
 * problem; the pages show it next to the field.
 */
public class DomainRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;

  public DomainRuleViolation(String code, String field, String message) {
    super(Objects.requireNonNull(message, "message is required"));
    this.code = Objects.requireNonNull(code, "code is required");
    this.field = field;
  }

  /** The stable code of the rule, for example {@code operator.country.invalid}. */
  public String code() {
    return code;
  }

  /** The field the rule concerns, or {@code null} when it concerns the whole aggregate. */
  public String field() {
    return field;
  }
}
