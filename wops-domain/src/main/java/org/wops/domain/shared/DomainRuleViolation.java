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

  /**
   * Several violations at once, as one exception: the first, carrying the others as suppressed
   * exceptions (the API lists them all).
   */
  public static DomainRuleViolation all(java.util.List<DomainRuleViolation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("no violation");
    }
    DomainRuleViolation first = violations.get(0);
    violations.stream().skip(1).forEach(first::addSuppressed);
    return first;
  }

  /** This violation and those that came with it. */
  public java.util.List<DomainRuleViolation> withOthers() {
    java.util.List<DomainRuleViolation> list = new java.util.ArrayList<>();
    list.add(this);
    for (Throwable t : getSuppressed()) {
      if (t instanceof DomainRuleViolation v) {
        list.add(v);
      }
    }
    return list;
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
