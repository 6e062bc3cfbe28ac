package org.wops.persistence.schema;

import jakarta.persistence.EntityManager;

/**
 * How every repository keeps an aggregate: persist a new one, merge a detached one, leave a managed
 * one as it is; then flush, so that a constraint violation or an optimistic-lock conflict surfaces
 * in the use case that caused it.
 */
public final class Store {
  private Store() {}

  public static <T> T keep(EntityManager em, T aggregate, boolean isNew) {
    T kept = aggregate;
    if (isNew) {
      em.persist(aggregate);
    } else if (!em.contains(aggregate)) {
      kept = em.merge(aggregate);
    }
    em.flush();
    return kept;
  }
}
