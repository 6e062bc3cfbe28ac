package org.wops.api.support;

import org.wops.domain.shared.StaleVersionException;

/**
 * The If-Match precondition of a change: absent or {@code *}, any version will do; otherwise the
 * ETag (strong or weak, quoted or not) must name the current version, or the change is refused with
 * 409 before anything is written.
 */
public final class IfMatch {
  private IfMatch() {}

  /**
   * The version the client expects ({@code null}: none named), checked against the current one.
   *
   * @param what the kind of resource, for the problem ("partnership", "update")
   */
  public static Long require(String ifMatch, String what, long id, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    long expected;
    try {
      expected = Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new StaleVersionException(what, id, -1, currentVersion);
    }
    if (expected != currentVersion) {
      throw new StaleVersionException(what, id, expected, currentVersion);
    }
    return expected;
  }
}
