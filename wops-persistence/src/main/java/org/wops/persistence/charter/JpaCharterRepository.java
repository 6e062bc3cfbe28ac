package org.wops.persistence.charter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.charter.Endorsement;

/** Charter versions and endorsements kept through JPA. */
@ApplicationScoped
public class JpaCharterRepository implements CharterRepository {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  /**
   * The current version. Read with {@code FlushModeType.COMMIT}, as {@link #endorsers} is: a use
   * case reads the Charter's standing between changing a partnership and storing it, and a query
   * that flushed there wrote the partnership once before its store wrote it again (two versions for
   * one change).
   */
  @Override
  public Optional<CharterVersion> current() {
    return em.createQuery(
            "select c from CharterVersion c order by c.number desc", CharterVersion.class)
        .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CharterVersion> version(int number) {
    return Optional.ofNullable(em.find(CharterVersion.class, number));
  }

  @Override
  public List<CharterVersion> versions() {
    return em.createQuery("select c from CharterVersion c order by c.number", CharterVersion.class)
        .getResultList();
  }

  @Override
  public CharterVersion publish(CharterVersion version) {
    em.persist(version);
    em.flush();
    return version;
  }

  @Override
  public Endorsement store(Endorsement endorsement) {
    em.persist(endorsement);
    em.flush();
    return endorsement;
  }

  @Override
  public Optional<Endorsement> endorsement(long operatorId, int charterVersion) {
    return em.createQuery(
            "select e from Endorsement e where e.operatorId = :operator and e.charterVersion = :version",
            Endorsement.class)
        .setParameter("operator", operatorId)
        .setParameter("version", charterVersion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<Long> endorsers(Collection<Long> operatorIds, int charterVersion) {
    if (operatorIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select e.operatorId from Endorsement e"
                    + " where e.charterVersion = :version and e.operatorId in :operators",
                Long.class)
            .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
            .setParameter("version", charterVersion)
            .setParameter("operators", operatorIds)
            .getResultList());
  }

  @Override
  public Set<Long> staleEndorsers(int currentVersion) {
    return new HashSet<>(
        em.createQuery(
                "select distinct e.operatorId from Endorsement e where e.charterVersion < :current"
                    + " and not exists (select f.id from Endorsement f"
                    + " where f.operatorId = e.operatorId and f.charterVersion = :current)",
                Long.class)
            .setParameter("current", currentVersion)
            .getResultList());
  }

  @Override
  public List<Endorsement> endorsementsOf(long operatorId) {
    return em.createQuery(
            "select e from Endorsement e where e.operatorId = :operator order by e.charterVersion desc",
            Endorsement.class)
        .setParameter("operator", operatorId)
        .getResultList();
  }
}
