package org.wops.domain.notification;

/** A kind of mail the platform sends; each person can switch each kind off. */
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
  PUBLICATION_RETURNED
}
