package org.wops.domain.notification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Viewer;

/**
 * The notification outbox, preferences and subscriptions, as the API and the pages use them.
 *
 * <p>Preferences belong to their recipient: they are read and changed through the signed link in
 * each mail ({@code token}, no sign-in), or by the secretariat (ADMIN). A subscription of an
 * address to a partnership's mails is confirmed by that address (double opt-in) before anything is
 * sent to it; it ends through the signed link or by ADMIN.
 */
public interface Notifications {

  /** Messages of the outbox, newest first, optionally of one status and one partnership. */
  Page<OutboxMessage> outbox(OutboxStatus status, Long partnershipId, PageRequest page);

  Optional<OutboxMessage> message(long id);

  /** Puts a failed (or pending) message back in the queue for an immediate new attempt. */
  OutboxMessage resend(long id);

  /**
   * Whether each kind of mail is on for this person (every kind is on unless switched off); ADMIN
   * only.
   */
  Map<NotificationKind, Boolean> preferences(Viewer viewer, String email);

  /** Switches kinds of mail on or off for this person; ADMIN only. */
  Map<NotificationKind, Boolean> setPreferences(
      Viewer viewer, String email, Map<NotificationKind, Boolean> changes);

  /** The address a recipient's signed link (from a mail) was made for, if its signature holds. */
  Optional<String> recipientOf(String token);

  /** The preferences of the recipient of this signed link. */
  Map<NotificationKind, Boolean> preferencesByLink(String token);

  /** Changes the preferences of the recipient of this signed link. */
  Map<NotificationKind, Boolean> setPreferencesByLink(
      String token, Map<NotificationKind, Boolean> changes);

  /**
   * One-click unsubscribe (RFC 8058) through the signed link of a mail: switches that kind of mail
   * off for its recipient and ends the recipient's subscription to that partnership, if any.
   */
  void unsubscribeByLink(String token, NotificationKind kind, Long partnershipId);

  /**
   * The partnerships (id and title) whose mails the recipient of this signed link subscribed to.
   */
  Map<Long, String> subscriptionsByLink(String token);

  /** What a subscription asked for is now. */
  enum SubscriptionState {
    /** A confirmation mail went to the address; nothing else is sent before it is confirmed. */
    PENDING_CONFIRMATION,
    CONFIRMED
  }

  /**
   * Asks this address to confirm that it wants the partnership's mails (a mail with a signed link);
   * nothing else is sent to it before it confirms. Asking again for a pending or confirmed address
   * sends nothing more.
   */
  SubscriptionState subscribe(long partnershipId, String email, String name, Language language);

  /** The partnership (id, title) a confirmation link is for, if its signature holds. */
  Optional<Map.Entry<Long, String>> confirmationOf(String token);

  /** Confirms the subscription of a confirmation link; returns the partnership's id. */
  long confirmSubscription(String token);

  /** Ends a subscription; ADMIN only (recipients use the signed link of their mails). */
  void unsubscribe(Viewer viewer, long partnershipId, String email);

  /**
   * Queues the due-soon and overdue mails of every open partnership's planned milestones for this
   * day. Idempotent: each milestone × kind × lead time × recipient is queued at most once, however
   * often it runs. Returns how many messages it queued.
   */
  int scanMilestones(LocalDate today);

  /** Sends what is due in the outbox now (the scheduler does this on its own every few seconds). */
  int dispatchNow();
}
