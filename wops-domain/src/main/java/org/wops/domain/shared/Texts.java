package org.wops.domain.shared;

/**
 * Checks on free text shared by every aggregate: required or optional, at most so many characters,
 * outer blanks removed, every line break one {@code \n} (browsers send a textarea's line breaks as
 * CR LF, some clients a lone CR: the text reads back the same whichever way it came in). A
 * refusal's code is {@code code + ".required"} or {@code code + ".too-long"}; it names {@code
 * field}.
 */
public final class Texts {
  private Texts() {}

  /** The text without outer blanks; refused when blank or longer than {@code max}. */
  public static String required(String value, String code, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(code + ".required", field, label + " is required.");
    }
    return bounded(value.strip(), code, field, label, max);
  }

  /**
   * The text without outer blanks, or {@code null} when blank; refused when longer than {@code
   * max}.
   */
  public static String optional(String value, String code, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return bounded(value.strip(), code, field, label, max);
  }

  private static String bounded(String value, String code, String field, String label, int max) {
    value = lineBreaks(value);
    if (value.length() > max) {
      throw new DomainRuleViolation(
          code + ".too-long", field, label + " can be at most " + max + " characters long.", max);
    }
    return value;
  }

  /** The text with every CR LF and lone CR made one LF. */
  public static String lineBreaks(String value) {
    return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A required value of any type. */
  public static <T> T required(T value, String code, String field, String message) {
    if (value == null) {
      throw new DomainRuleViolation(code + ".required", field, message);
    }
    return value;
  }
}
