package org.wops.api.validation;

import java.util.Set;

/**
 * The one rule for control characters in what callers send (JSON bodies, query parameters, form
 * fields): none, except tab, carriage return and line feed in multi-line texts. NUL broke the
 * search with a 500, a vertical tab in a title made the public IATI feed ill-formed XML, and a line
 * feed in a query parameter could forge log lines. Refused: C0 controls, DEL, C1 controls, lone
 * surrogates and the non-characters U+FFFE/U+FFFF (none of which XML 1.0 can carry).
 */
public final class ControlCharacters {
  /** The JSON properties that hold multi-line text (a text area on the pages). */
  public static final Set<String> MULTI_LINE =
      Set.of(
          "objectives",
          "fundingDescription",
          "objectivesTranslations",
          "expectedOutcomes",
          "approach",
          "text",
          "summary",
          "responsibilities",
          "reason",
          "principles",
          "objectivesAndOutputs",
          "notes",
          "meansOfVerification",
          "interests",
          "description",
          "codeOfConduct",
          "comment",
          // an IATI file given inline to the IATI import
          "xml");

  public static final String RULE = "control-character";

  private ControlCharacters() {}

  /**
   * The position of the first character that this value may not hold, or -1.
   *
   * @param multiLine whether tab, CR and LF are allowed
   */
  public static int firstRefused(String value, boolean multiLine) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a pair: one character beyond the BMP
      } else if (refused(c, multiLine) || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean refused(char c, boolean multiLine) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return !multiLine;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
  }

  /** What a problem says about a refused value (the character as U+XXXX, never the value). */
  public static String message(String value, int position) {
    return "holds the control character U+"
        + String.format("%04X", (int) value.charAt(position))
        + " at position "
        + position
        + (value.charAt(position) == '\n' || value.charAt(position) == '\r'
            ? " (a line break: only multi-line texts may hold one)"
            : "");
  }
}
