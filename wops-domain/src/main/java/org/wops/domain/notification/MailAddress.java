package org.wops.domain.notification;

import java.util.Locale;

/** The form in which an e-mail address is stored and compared: trimmed, in lower case. */
public final class MailAddress {
  private MailAddress() {}

  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
