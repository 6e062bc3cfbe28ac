package org.wops.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;

/** The audit trail kept through JPA, in the same transaction as the change it records. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> of(long partnershipId) {
    return em.createQuery(
            "select a from AuditEntry a where a.partnershipId = :p order by a.at, a.id",
            AuditEntry.class)
        .setParameter("p", partnershipId)
        .getResultList();
  }

  @Override
  public List<AuditEntry> withAction(String action, String fromValuePrefix) {
    if (fromValuePrefix.contains("%") || fromValuePrefix.contains("_")) {
      throw new IllegalArgumentException("a prefix is taken as written: no % or _");
    }
    return em.createQuery(
            "select a from AuditEntry a where a.action = :action and a.fromValue like :prefix"
                + " order by a.at desc, a.id desc",
            AuditEntry.class)
        .setParameter("action", action)
        .setParameter("prefix", fromValuePrefix + "%")
        .setMaxResults(10)
        .getResultList();
  }
}
