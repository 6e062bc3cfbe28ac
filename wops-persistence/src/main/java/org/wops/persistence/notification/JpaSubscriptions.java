package org.wops.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wops.domain.notification.MailAddress;
import org.wops.domain.notification.Subscriptions;
import org.wops.domain.shared.Language;

/**
 * Subscriptions in {@code partnership_subscriptions}, one row per partnership and address (its
 * primary key), confirmed or not.
 */
@ApplicationScoped
@Transactional
public class JpaSubscriptions implements Subscriptions {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public Status status(long partnershipId, String email) {
    List<?> confirmed =
        em.createNativeQuery(
                "select confirmed from partnership_subscriptions where partnership_id = ?"
                    + " and email = ?")
            .setParameter(1, partnershipId)
            .setParameter(2, MailAddress.normalise(email))
            .getResultList();
    if (confirmed.isEmpty()) {
      return Status.NONE;
    }
    return Boolean.TRUE.equals(confirmed.get(0)) ? Status.CONFIRMED : Status.PENDING;
  }

  @Override
  public boolean subscribePending(
      long partnershipId, String email, String name, Language language, OffsetDateTime now) {
    return em.createNativeQuery(
                "insert into partnership_subscriptions (partnership_id, email, name, language,"
                    + " confirmed, created_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
            .setParameter(1, partnershipId)
            .setParameter(2, MailAddress.normalise(email))
            .setParameter(3, name)
            .setParameter(4, language.name())
            .setParameter(5, false)
            .setParameter(6, now)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean confirm(long partnershipId, String email) {
    return em.createNativeQuery(
                "update partnership_subscriptions set confirmed = ? where partnership_id = ?"
                    + " and email = ?")
            .setParameter(1, true)
            .setParameter(2, partnershipId)
            .setParameter(3, MailAddress.normalise(email))
            .executeUpdate()
        == 1;
  }

  @Override
  public Map<Long, String> of(String email) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, p.title from partnership_subscriptions s join partnerships p on"
                    + " p.id = s.partnership_id where s.email = ? and s.confirmed = ?"
                    + " order by p.title")
            .setParameter(1, MailAddress.normalise(email))
            .setParameter(2, true)
            .getResultList();
    Map<Long, String> partnerships = new LinkedHashMap<>();
    rows.forEach(row -> partnerships.put(((Number) row[0]).longValue(), (String) row[1]));
    return partnerships;
  }

  @Override
  public void unsubscribe(long partnershipId, String email) {
    em.createNativeQuery(
            "delete from partnership_subscriptions where partnership_id = ? and email = ?")
        .setParameter(1, partnershipId)
        .setParameter(2, MailAddress.normalise(email))
        .executeUpdate();
  }

  @Override
  public List<Subscriber> subscribers(long partnershipId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select email, name, language from partnership_subscriptions"
                    + " where partnership_id = ? and confirmed = ? order by email")
            .setParameter(1, partnershipId)
            .setParameter(2, true)
            .getResultList();
    return rows.stream()
        .map(r -> new Subscriber((String) r[0], (String) r[1], Language.valueOf((String) r[2])))
        .toList();
  }
}
