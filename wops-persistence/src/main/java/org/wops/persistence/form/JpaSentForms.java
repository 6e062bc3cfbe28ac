package org.wops.persistence.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.wops.domain.shared.SentForms;

/**
 * The forms' one-time ids in {@code sent_forms}: a claim is an insert that does nothing on a key
 * already there ({@code on conflict do nothing}: PostgreSQL makes it wait for a concurrent insert
 * of the same key to commit or roll back), and then reads the row that was there.
 */
@ApplicationScoped
public class JpaSentForms implements SentForms {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public Optional<Sent> claim(String formId, String username, OffsetDateTime at) {
    int claimed =
        em.createNativeQuery(
                "insert into sent_forms (form_id, username, sent_at) values (?, ?, ?)"
                    + " on conflict do nothing")
            .setParameter(1, formId)
            .setParameter(2, username)
            .setParameter(3, at)
            .executeUpdate();
    if (claimed == 1) {
      return Optional.empty();
    }
    // forgotten meanwhile: as good as claimed by someone else
    return Optional.of(find(formId).orElse(new Sent("", null)));
  }

  @Override
  public Optional<Sent> find(String formId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select username, made_id from sent_forms where form_id = ?")
            .setParameter(1, formId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Sent(String.valueOf(row[0]), row[1] == null ? null : ((Number) row[1]).longValue()));
  }

  @Override
  public void made(String formId, long madeId) {
    em.createNativeQuery("update sent_forms set made_id = ? where form_id = ?")
        .setParameter(1, madeId)
        .setParameter(2, formId)
        .executeUpdate();
  }

  @Override
  public void forgetBefore(OffsetDateTime time) {
    em.createNativeQuery("delete from sent_forms where sent_at < ?")
        .setParameter(1, time)
        .executeUpdate();
  }
}
