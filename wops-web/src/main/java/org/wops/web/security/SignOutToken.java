package org.wops.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The sign-out form's anti-forgery token, bound to the sign-in: derived from the sign-in cookie's
 * secret, which another site can neither read (HttpOnly, same-origin policy) nor guess. Every
 * instance of a cluster computes the same token, without a session.
 */
public final class SignOutToken {
  private SignOutToken() {}

  public static String of(String signInSecret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("wops-sign-out:" + signInSecret).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether the form's token belongs to this sign-in (compared in constant time). */
  public static boolean matches(String signInSecret, String token) {
    return token != null
        && MessageDigest.isEqual(
            of(signInSecret).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.UTF_8));
  }
}
