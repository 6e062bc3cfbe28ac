package org.wops.notifications.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for the links in mails: the token carries its values (base64url) and an HMAC-SHA256
 * over a purpose and those values, so that a link made for one purpose (the preferences of an
 * address, the confirmation of a subscription) cannot serve another, and a changed value breaks the
 * signature. Pure and thread-safe; the key comes from {@link MailLinks}.
 */
public final class LinkSignature {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final char SEPARATOR = '\n';

  private final byte[] key;

  public LinkSignature(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("A link secret has at least 16 bytes.");
    }
    this.key = key.clone();
  }

  /** A token for these values (none may contain a line break). */
  public String sign(String purpose, String... values) {
    String payload = String.join(String.valueOf(SEPARATOR), values);
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + ENCODER.encodeToString(mac(purpose, payload));
  }

  /** The values of a token made for this purpose by this key; empty when anything was changed. */
  public Optional<List<String>> verify(String purpose, String token) {
    if (token == null || token.length() > 2000) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] given = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(given, mac(purpose, payload))) {
        return Optional.empty();
      }
      return Optional.of(List.of(payload.split(String.valueOf(SEPARATOR), -1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private byte[] mac(String purpose, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
