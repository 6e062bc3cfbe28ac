package org.wops.persistence.update;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateRepository;
import org.wops.domain.update.UpdateStatus;
import org.wops.persistence.schema.Store;

/** Progress updates kept through JPA. */
@ApplicationScoped
public class JpaProgressUpdateRepository implements ProgressUpdateRepository {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public ProgressUpdate store(ProgressUpdate update) {
    return Store.keep(em, update, update.id() == null);
  }

  @Override
  public Optional<ProgressUpdate> findById(long id) {
    return Optional.ofNullable(em.find(ProgressUpdate.class, id));
  }

  @Override
  public List<ProgressUpdate> ofPartnership(long partnershipId) {
    return em.createQuery(
            "select u from ProgressUpdate u where u.partnershipId = :p order by u.periodEnd desc, u.id desc",
            ProgressUpdate.class)
        .setParameter("p", partnershipId)
        .getResultList();
  }

  @Override
  public List<ProgressUpdate> awaitingDecision() {
    return em.createQuery(
            "select u from ProgressUpdate u where u.status = :s order by u.submittedAt, u.id",
            ProgressUpdate.class)
        .setParameter("s", UpdateStatus.SUBMITTED)
        .getResultList();
  }
}
