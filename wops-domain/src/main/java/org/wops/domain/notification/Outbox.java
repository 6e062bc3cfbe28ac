package org.wops.domain.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/**
 * The queue of mails to send (transactional outbox): a message queued inside a use case's
 * transaction commits or rolls back with it, and is sent after the commit by whichever dispatcher
 * claims it. Each message has a unique key, so that queuing the same mail twice queues it once.
 */
public interface Outbox {

  /** A message to queue, rendered for its recipient. */
  record NewMessage(
      String key,
      String messageId,
      NotificationKind kind,
      Long partnershipId,
      String email,
      String name,
      Language language,
      String subject,
      String text,
      String html,
      String ics,
      String icsName) {}

  /** A queued message with everything needed to send it. */
  record Queued(
      long id,
      String key,
      String messageId,
      NotificationKind kind,
      Long partnershipId,
      String email,
      String name,
      Language language,
      String subject,
      String text,
      String html,
      String ics,
      String icsName,
      OutboxStatus status,
      int attempts,
      OffsetDateTime nextAttemptAt,
      String lastError,
      OffsetDateTime createdAt,
      OffsetDateTime sentAt) {
    public OutboxMessage summary() {
      return new OutboxMessage(
          id,
          kind,
          partnershipId,
          email,
          language.name(),
          subject,
          status,
          attempts,
          lastError,
          createdAt,
          nextAttemptAt,
          sentAt,
          messageId);
    }
  }

  /**
   * Queues the message unless one with the same key is queued already (atomically: two callers with
   * the same key queue one message); true when it was queued now.
   */
  boolean enqueue(NewMessage message, OffsetDateTime now);

  /**
   * Claims up to {@code limit} messages due now (waiting, or with an unknown outcome) for the
   * dispatcher holding {@code token}, until {@code leaseUntil}: they are due again only when the
   * claim ends, so that no other dispatcher takes them before, and a dispatcher that dies leaves
   * them due again then. Messages another dispatcher is claiming at this moment are skipped.
   */
  List<Queued> claimDue(OffsetDateTime now, int limit, String token, OffsetDateTime leaseUntil);

  /**
   * Starts an attempt at a claimed message: counts it and extends the claim to {@code leaseUntil};
   * false (nothing changed) when the claim is no longer this dispatcher's (it lapsed and another
   * took the message over) or the message was sent meanwhile.
   */
  boolean beginAttempt(long id, String token, OffsetDateTime leaseUntil);

  /** Records that the SMTP server accepted the message (its attempt was counted when it began). */
  void markSent(long id, OffsetDateTime at);

  /**
   * Records how an attempt failed: in {@code status} (PENDING or UNKNOWN: tried again at {@code
   * nextAttempt}; FAILED: given up), with the error kept for admins.
   */
  void markAttemptFailed(long id, String error, OffsetDateTime nextAttempt, OutboxStatus status);

  /** Gives back a claimed message that was not attempted, due again at {@code at}. */
  void release(long id, String token, OffsetDateTime at);

  /** Back in the queue for an immediate attempt, with a fresh count of attempts (unless sent). */
  boolean requeue(long id, OffsetDateTime now);

  Optional<Queued> find(long id);

  /** Messages newest first, optionally of one status and one partnership. */
  Page<OutboxMessage> list(OutboxStatus status, Long partnershipId, PageRequest page);
}
