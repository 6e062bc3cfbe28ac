package org.wops.notifications.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable Message-IDs: the same outbox message always carries the same id, whichever instance sends
 * it, however often.
 */
public final class MessageIds {
  private MessageIds() {}

  public static String of(String messageKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(messageKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@wops-platform>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
