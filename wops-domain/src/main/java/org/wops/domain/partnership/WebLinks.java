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

  /** Whether the text looks like a link (and so must be a web address). */
  static boolean looksLikeLink(String text) {
    return LOOKS_LIKE_LINK.matcher(text.strip()).matches();
  }
}
