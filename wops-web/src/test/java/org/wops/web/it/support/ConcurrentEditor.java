package org.wops.web.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;

/**
 * Test-only: edits a partnership in its own transaction, after every other editor has read it too;
 * or holds use cases until they have all read the partnership.
 */
@ApplicationScoped
public class ConcurrentEditor {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject org.wops.domain.partnership.PartnershipRepository partnerships;

  private final java.util.concurrent.atomic.AtomicInteger held =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile CyclicBarrier meeting;

  /**
   * The next partnerships stored (as many as the barrier's parties) wait for each other inside
   * their use cases' transactions, after each has read and changed the partnership and before it is
   * written: their commits race ({@link HeldStores} calls {@link #beforeStore}).
   */
  public void holdNextStores(CyclicBarrier barrier) {
    meeting = barrier;
    held.set(barrier.getParties());
  }

  void beforeStore() throws Exception {
    if (held.getAndDecrement() > 0) {
      meeting.await(30, TimeUnit.SECONDS);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long retitle(long id, String title, CyclicBarrier bothHaveRead) throws Exception {
    Partnership p = em.find(Partnership.class, id);
    long read = p.version();
    bothHaveRead.await(30, TimeUnit.SECONDS);
    PartnershipDetails d = p.details();
    p.editDetails(
        new PartnershipDetails(
            title,
            d.objectives(),
            d.approach(),
            d.expectedOutcomes(),
            d.currency(),
            d.workingAreas(),
            d.countries(),
            d.plannedStart(),
            d.plannedEnd(),
            d.actualStart(),
            d.actualEnd()),
        LocalDate.now());
    // a title changes nothing of the Charter: the partnership stays as compliant as it was
    partnerships.store(
        p,
        new Compliance(
            partnerships.compliantAmong(java.util.List.of(id)).contains(id), java.util.List.of()));
    return read;
  }
}
