package org.wops.api.iati;

/**
 * An IATI file the platform does not read: malformed XML, a DOCTYPE or an entity (never resolved:
 * no XXE), too large, too deep, too many elements, not {@code iati-activities} 2.03, or a URL the
 * platform may not fetch. {@code field} is {@code file} or {@code url}; {@code rule} a stable code;
 * the message names the line and column where there is one.
 */
public final class IatiFileRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String rule;

  IatiFileRefused(String field, String rule, String message) {
    super(message, null, false, false);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
