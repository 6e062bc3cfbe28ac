package org.wops.domain.notification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/** The notification outbox, preferences and subscriptions, as the API and the pages use them. */
public interface Notifications {

  /** Messages of the outbox, newest first, optionally of one status and one partnership. */
  Page<OutboxMessage> outbox(OutboxStatus status, Long partnershipId, PageRequest page);

  Optional<OutboxMessage> message(long id);

  /** Puts a failed (or pending) message back in the queue for an immediate new attempt. */
  OutboxMessage resend(long id);

  /** Whether each kind of mail is on for this person (every kind is on unless switched off). */
  Map<NotificationKind, Boolean> preferences(String email);

  void setPreference(String email, NotificationKind kind, boolean enabled);

  /** This person receives the partnership's mails too. */
  void subscribe(long partnershipId, String email, String name, Language language);

  void unsubscribe(long partnershipId, String email);

  /**
   * Queues the due-soon and overdue mails of every open partnership's planned milestones for this
   * day. Idempotent: each milestone × kind × lead time × recipient is queued at most once, however
   * often it runs. Returns how many messages it queued.
   */
  int scanMilestones(LocalDate today);

  /** Sends what is due in the outbox now (the scheduler does this on its own every few seconds). */
  int dispatchNow();
}
