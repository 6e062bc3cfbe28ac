package org.wops.domain.notification;

import java.util.Map;

/**
 * Which optional kinds of mail each person (by e-mail address) switched off: every kind is on until
 * its recipient switches it off, and the account's own mails cannot be switched off.
 */
public interface MailPreferences {

  /** Whether each optional kind of mail is on for this address. */
  Map<NotificationKind, Boolean> of(String email);

  /** Switches one optional kind of mail on or off for this address (one row, however called). */
  void set(String email, NotificationKind kind, boolean enabled);

  /** Whether the person wants this kind of mail (the account's own mails: always). */
  default boolean wants(String email, NotificationKind kind) {
    return !kind.isOptional() || of(email).get(kind);
  }
}
