package org.wops.domain.shared;

import java.util.Objects;

/**
 * A domain rule was broken. Carries a stable, machine-readable {@code code} (for example {@code
 * operator.country.invalid}), the field it concerns (or {@code null} when the rule concerns the
 * whole aggregate) and a message a WOP coordinator understands. The API turns it into an RFC 9457
 * problem; the pages show it next to the field, in the reader's language when their bundle has a
 * text for the code ({@code rule.<code>}), filled with the values the message names ({@link
 * #arguments()}).
 */
public class DomainRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;
  private final transient Object[] arguments;

  public DomainRuleViolation(String code, String field, String message) {
    this(code, field, message, new Object[0]);
  }

  /**
   * A broken rule whose English {@code message} names values: the same {@code arguments}, in the
   * order the translated texts use them ({@code {0}}, {@code {1}}...).
   */
  public DomainRuleViolation(String code, String field, String message, Object... arguments) {
    super(Objects.requireNonNull(message, "message is required"));
    this.code = Objects.requireNonNull(code, "code is required");
    this.field = field;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
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

  /** The values the message names, in the order of the translated texts' placeholders. */
  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }

  /** The field the rule concerns, or {@code null} when it concerns the whole aggregate. */
  public String field() {
    return field;
  }
}
