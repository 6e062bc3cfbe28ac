package org.wops.api.json;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value of the right JSON type that the platform cannot take as it is: a number that does
 * not fit, a date not written YYYY-MM-DD. JSON-B adds the property's name around it; the problem
 * then names the field and this rule.
 */
public class InvalidValueException extends JsonbException {
  private static final long serialVersionUID = 1L;
  private final String rule;
  private final String requirement;

  public InvalidValueException(String rule, String requirement) {
    super(requirement);
    this.rule = rule;
    this.requirement = requirement;
  }

  /** The rule's short name ({@code whole-number}, {@code number}, {@code date}). */
  public String rule() {
    return rule;
  }

  /** What the value must be, as a sentence fragment ("must be a date written YYYY-MM-DD ..."). */
  public String requirement() {
    return requirement;
  }
}
