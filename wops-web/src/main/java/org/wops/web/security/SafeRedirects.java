package org.wops.web.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the platform may send a browser: only a path on the platform itself. Refused: anything with
 * a scheme or a host ({@code https://evil}, {@code //evil}), a backslash (browsers read {@code
 * /\evil} as {@code //evil}), and control characters or spaces (browsers drop tabs and new lines,
 * so {@code /<TAB>/evil} would become {@code //evil}). The caller decodes parameters once (the
 * container does); what is left is checked as it will be sent.
 */
public final class SafeRedirects {
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s\\p{Cntrl}]*");

  private SafeRedirects() {}

  /** The path when it stays on the platform, else nothing. */
  public static Optional<String> localPath(String target) {
    if (target == null || target.length() > 2000 || !LOCAL_PATH.matcher(target).matches()) {
      return Optional.empty();
    }
    return Optional.of(target);
  }
}
