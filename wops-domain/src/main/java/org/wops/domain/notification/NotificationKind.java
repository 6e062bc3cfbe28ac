package org.wops.domain.notification;

/**
 * A kind of mail the platform sends. Each person can switch each kind of news off; the mails about
 * one's own account (a password reset, the confirmation of a new address) answer a request the
 * person just made and cannot be switched off ({@link #optional()}).
 */
public enum NotificationKind {
  MILESTONE_DUE_SOON,
  MILESTONE_OVERDUE,
  MILESTONE_REACHED,
  AGREEMENT_SIGNED,
  STATUS_CHANGED,
  UPDATE_SUBMITTED,
  UPDATE_RETURNED,
  UPDATE_APPROVED,
  CHARTER_PUBLISHED,
  /** The confirmation asked of an address subscribed to a partnership (double opt-in). */
  SUBSCRIPTION_CONFIRMATION,
  PUBLICATION_REQUESTED,
  PUBLICATION_APPROVED,
  PUBLICATION_RETURNED,
  /** The single-use link that sets a forgotten password, to the account's address. */
  PASSWORD_RESET,
  /** The link that confirms a user's new e-mail address, to that address. */
  EMAIL_CONFIRMATION;

  /** Whether a person may switch this kind off (every kind but the account's own mails). */
  public boolean isOptional() {
    return this != PASSWORD_RESET && this != EMAIL_CONFIRMATION;
  }

  /** The kinds a person may switch off, in order. */
  public static java.util.List<NotificationKind> optional() {
    return java.util.Arrays.stream(values()).filter(NotificationKind::isOptional).toList();
  }
}
