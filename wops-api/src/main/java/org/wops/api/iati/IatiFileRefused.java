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
  private final Integer line;
  private final Integer column;
  private final String problem;
  private final java.util.List<String> values;

  IatiFileRefused(String field, String rule, String message) {
    this(field, rule, message, null, null, null);
  }

  /** A malformed file: where ({@code line}, {@code column}; null when unknown) and what. */
  IatiFileRefused(
      String field, String rule, String message, Integer line, Integer column, XmlProblem problem) {
    super(message, null, false, false);
    this.field = field;
    this.rule = rule;
    this.line = line;
    this.column = column;
    this.problem = problem == null ? null : problem.code();
    this.values = problem == null ? java.util.List.of() : problem.values();
  }

  /** The line where the file breaks the rule, when it is known. */
  public java.util.Optional<Integer> line() {
    return java.util.Optional.ofNullable(line);
  }

  /** The column where the file breaks the rule, when it is known. */
  public java.util.Optional<Integer> column() {
    return java.util.Optional.ofNullable(column);
  }

  /**
   * What is wrong with a malformed file, as a stable code ({@code end-tag}, {@code ampersand}…; see
   * XmlProblem), when the rule is {@code iati.file.malformed}.
   */
  public java.util.Optional<String> problem() {
    return java.util.Optional.ofNullable(problem);
  }

  /** The names the problem is about (the element not closed, the attribute not quoted). */
  public java.util.List<String> values() {
    return values;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
