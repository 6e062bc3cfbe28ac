package org.wops.api.support;

/**
 * The If-Match precondition of a change: absent or {@code *}, any version will do; otherwise the
 * ETag (strong or weak, quoted or not) must name the current version, or the change is refused with
 * 409 before anything is written. The API only reads the header: the use case compares the version
 * inside its transaction, on the aggregate it loaded.
 */
public final class IfMatch {
  /** A version no aggregate has: an If-Match that names no version refuses every change. */
  private static final long NO_VERSION = -1;

  private IfMatch() {}

  /**
   * The version the client expects, for the use case to check inside its transaction: {@code null}
   * when If-Match is absent or {@code *}; a tag that is not a version expects one no aggregate has,
   * so the change is refused as stale.
   */
  public static Long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      return NO_VERSION;
    }
  }
}
