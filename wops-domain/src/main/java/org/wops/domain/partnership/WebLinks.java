package org.wops.domain.partnership;

import java.util.regex.Pattern;

/**
 * The sources' link rule, one for every link a partnership keeps (a source's link, the evidence of
 * an agreement signed outside the platform): a link is a web address starting with {@code http://}
 * or {@code https://}, so that nothing kept can become a {@code javascript:} or {@code data:} link
 * on a page.
 */
final class WebLinks {
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s\"<>]+");

  /**
   * What looks like a link rather than words: one word with a scheme ({@code ftp://…}, {@code
   * mailto:…}), a host without one ({@code www.…}, {@code //…}), or a scheme browsers run even with
   * spaces or control characters around it ({@code javascript :…}, {@code data:…}).
   */
  private static final Pattern LOOKS_LIKE_LINK =
      Pattern.compile(
          "(?is)(?:[a-z][a-z0-9+.-]*:\\S*|//\\S*|www\\.\\S*"
              + "|[\\s\\p{Cntrl}]*(?:javascript|vbscript|data|file|blob)[\\s\\p{Cntrl}]*:.*)");

  private WebLinks() {}

  /** Whether the text is a web address (http or https). */
  static boolean isWebAddress(String text) {
    return WEB_ADDRESS.matcher(text).matches();
  }

  /**
   * A web address but for its blanks ("https://www.onea.bf/rapport 2014.pdf") written as a link is
   * (each blank as {@code %20}); empty when the text is no such address. Never taken in its place:
   * said, so that nobody's link is changed unseen.
   */
  static java.util.Optional<String> blanksEncoded(String text) {
    String t = text.strip();
    if (!t.matches("(?is)https?://\\S.*") || t.chars().noneMatch(Character::isWhitespace)) {
      return java.util.Optional.empty();
    }
    String encoded = t.replaceAll("\\s", "%20");
    return isWebAddress(encoded) ? java.util.Optional.of(encoded) : java.util.Optional.empty();
  }

  /** Whether the text looks like a link (and so must be a web address). */
  static boolean looksLikeLink(String text) {
    return LOOKS_LIKE_LINK.matcher(text.strip()).matches();
  }
}
