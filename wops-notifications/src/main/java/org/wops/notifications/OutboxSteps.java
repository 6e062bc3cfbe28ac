package org.wops.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxStatus;

/**
 * Each step of sending the outbox in a transaction of its own, committed when the step returns: the
 * claim of a batch, the start of each attempt, and each outcome. Nothing of a batch waits for the
 * rest of it, so a crash or a lost database connection loses at most the outcome of the one message
 * on the wire. An EJB, not a CDI bean with {@code @Transactional}, for the reason given on {@link
 * OutboxDispatcher}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxSteps {
  @Inject Outbox outbox;

  public List<Outbox.Queued> claim(
      OffsetDateTime now, int limit, String token, OffsetDateTime leaseUntil) {
    return outbox.claimDue(now, limit, token, leaseUntil);
  }

  public boolean begin(long id, String token, OffsetDateTime leaseUntil) {
    return outbox.beginAttempt(id, token, leaseUntil);
  }

  public void sent(long id, OffsetDateTime at) {
    outbox.markSent(id, at);
  }

  public void failed(long id, String error, OffsetDateTime nextAttempt, OutboxStatus status) {
    outbox.markAttemptFailed(id, error, nextAttempt, status);
  }

  public void release(long id, String token, OffsetDateTime at) {
    outbox.release(id, token, at);
  }
}
