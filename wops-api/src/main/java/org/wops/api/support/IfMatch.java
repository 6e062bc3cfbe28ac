package org.wops.api.support;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The If-Match precondition of a change, the one way the API reads it (given as {@code @BeanParam}
 * to every endpoint that changes a versioned thing): absent or {@code *}, any version will do;
 * otherwise the ETag (strong or weak, quoted or not) must name the current version, or the change
 * is refused with 409 before anything is written. The API only reads the header: the use case
 * compares the version inside its transaction, on the aggregate it loaded.
 */
public class IfMatch {
  /** A version no aggregate has: an If-Match that names no version refuses every change. */
  private static final long NO_VERSION = -1;

  @HeaderParam(HttpHeaders.IF_MATCH)
  public String header;

  /**
   * The version the client expects, for the use case to check inside its transaction: {@code null}
   * when If-Match is absent or {@code *}; a tag that is not a version expects one no aggregate has,
   * so the change is refused as stale.
   */
  public Long expected() {
    return expected(header);
  }

  static Long expected(String ifMatch) {
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

  /** The answer to a change: what it made, with the new version as ETag (200). */
  public static Response changed(Object entity, long version) {
    return Response.ok(entity).tag(tag(version)).build();
  }

  /** The ETag of a version. */
  public static EntityTag tag(long version) {
    return new EntityTag(String.valueOf(version));
  }
}
