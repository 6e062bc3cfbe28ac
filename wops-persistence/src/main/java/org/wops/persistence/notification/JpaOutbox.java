package org.wops.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/**
 * The outbox in {@code outbox_messages}, in the caller's transaction (a new one only when the
 * caller has none). Claiming uses {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both have it),
 * so that several dispatchers never take the same row; every later step of a claimed message checks
 * the claim token in its {@code where}, so a step of a dispatcher whose claim lapsed changes
 * nothing.
 */
@ApplicationScoped
@Transactional
public class JpaOutbox implements Outbox {
  /**
   * Reads see the rows as they are now, not as an earlier statement of the transaction left them.
   */
  private static final String REFRESH = "eclipselink.refresh";

  private static final List<OutboxStatus> DUE = List.of(OutboxStatus.PENDING, OutboxStatus.UNKNOWN);

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public boolean enqueue(NewMessage m, OffsetDateTime now) {
    return em.createNativeQuery(
                "insert into outbox_messages (id, message_key, message_id, kind, partnership_id,"
                    + " recipient_email, recipient_name, language, subject, text_body, html_body,"
                    + " ics, ics_name, status, attempts, next_attempt_at, created_at)"
                    + " values (nextval('outbox_seq'), ?, ?, ?, cast(? as bigint), ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, 'PENDING', 0, ?, ?) on conflict do nothing")
            .setParameter(1, m.key())
            .setParameter(2, m.messageId())
            .setParameter(3, m.kind().name())
            .setParameter(4, m.partnershipId())
            .setParameter(5, m.email())
            .setParameter(6, m.name())
            .setParameter(7, m.language().name())
            .setParameter(8, m.subject())
            .setParameter(9, m.text())
            .setParameter(10, m.html())
            .setParameter(11, m.ics())
            .setParameter(12, m.icsName())
            .setParameter(13, now)
            .setParameter(14, now)
            .executeUpdate()
        == 1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Queued> claimDue(
      OffsetDateTime now, int limit, String token, OffsetDateTime leaseUntil) {
    List<OutboxRow> due =
        em.createNativeQuery(
                "select * from outbox_messages where status in ('PENDING', 'UNKNOWN')"
                    + " and next_attempt_at <= ? order by next_attempt_at, id limit ?"
                    + " for update skip locked",
                OutboxRow.class)
            .setParameter(1, now)
            .setParameter(2, limit)
            .setHint(REFRESH, "true")
            .getResultList();
    List<Queued> claimed = due.stream().map(OutboxRow::queued).toList();
    if (!claimed.isEmpty()) {
      em.createQuery(
              "update OutboxRow m set m.claimToken = :token, m.nextAttemptAt = :lease"
                  + " where m.id in :ids")
          .setParameter("token", token)
          .setParameter("lease", leaseUntil)
          .setParameter("ids", claimed.stream().map(Queued::id).toList())
          .executeUpdate();
    }
    return claimed;
  }

  @Override
  public boolean beginAttempt(long id, String token, OffsetDateTime leaseUntil) {
    return em.createQuery(
                "update OutboxRow m set m.attempts = m.attempts + 1, m.nextAttemptAt = :lease"
                    + " where m.id = :id and m.claimToken = :token and m.status in :due")
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .setParameter("token", token)
            .setParameter("due", DUE)
            .executeUpdate()
        == 1;
  }

  @Override
  public void markSent(long id, OffsetDateTime at) {
    em.createQuery(
            "update OutboxRow m set m.status = :sent, m.sentAt = :at, m.lastError = null,"
                + " m.claimToken = null where m.id = :id")
        .setParameter("sent", OutboxStatus.SENT)
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void markAttemptFailed(
      long id, String error, OffsetDateTime nextAttempt, OutboxStatus status) {
    em.createQuery(
            "update OutboxRow m set m.lastError = :error, m.nextAttemptAt = :next,"
                + " m.status = :status, m.claimToken = null where m.id = :id")
        .setParameter("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .setParameter("next", nextAttempt)
        .setParameter("status", status)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void release(long id, String token, OffsetDateTime at) {
    em.createQuery(
            "update OutboxRow m set m.claimToken = null, m.nextAttemptAt = :at"
                + " where m.id = :id and m.claimToken = :token")
        .setParameter("at", at)
        .setParameter("id", id)
        .setParameter("token", token)
        .executeUpdate();
  }

  @Override
  public boolean requeue(long id, OffsetDateTime now) {
    return em.createQuery(
                "update OutboxRow m set m.status = :pending, m.attempts = 0,"
                    + " m.nextAttemptAt = :now, m.claimToken = null"
                    + " where m.id = :id and m.status <> :sent")
            .setParameter("pending", OutboxStatus.PENDING)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("sent", OutboxStatus.SENT)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<Queued> find(long id) {
    return em.createQuery("select m from OutboxRow m where m.id = :id", OutboxRow.class)
        .setParameter("id", id)
        .setHint(REFRESH, "true")
        .getResultStream()
        .findFirst()
        .map(OutboxRow::queued);
  }

  @Override
  public Page<OutboxMessage> list(OutboxStatus status, Long partnershipId, PageRequest page) {
    // a condition only for a filter given: PostgreSQL cannot type "? is null" for a null value
    String where =
        " where 1 = 1"
            + (status == null ? "" : " and m.status = :status")
            + (partnershipId == null ? "" : " and m.partnershipId = :partnership");
    long total =
        filtered(
                em.createQuery("select count(m) from OutboxRow m" + where, Long.class),
                status,
                partnershipId)
            .getSingleResult();
    List<OutboxMessage> messages =
        filtered(
                em.createQuery(
                    "select m from OutboxRow m" + where + " order by m.id desc", OutboxRow.class),
                status,
                partnershipId)
            .setHint(REFRESH, "true")
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(r -> r.queued().summary())
            .toList();
    return new Page<>(messages, page.page(), page.size(), total);
  }

  private static <T> TypedQuery<T> filtered(
      TypedQuery<T> query, OutboxStatus status, Long partnershipId) {
    if (status != null) {
      query.setParameter("status", status);
    }
    if (partnershipId != null) {
      query.setParameter("partnership", partnershipId);
    }
    return query;
  }
}
