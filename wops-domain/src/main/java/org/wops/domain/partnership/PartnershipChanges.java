package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes to partnerships made through this instance, so that what adapters keep in
 * memory for readers (public search pages, key figures, public answers) can tell it may be out of
 * date: a kept answer is good only while the count is the one it was kept at. A change counts when
 * it is made and again when its transaction ends (committed or not), so that a reader between the
 * two keeps nothing for long. Other instances of a cluster learn of a change through the shared
 * database only, within the keeping time of each cache.
 */
@ApplicationScoped
public class PartnershipChanges {
  private final AtomicLong count = new AtomicLong();

  /** How many changes this instance has seen since it started. */
  public long count() {
    return count.get();
  }

  void made(@Observes PartnershipsChanged change) {
    count.incrementAndGet();
  }

  void ended(@Observes(during = TransactionPhase.AFTER_COMPLETION) PartnershipsChanged change) {
    count.incrementAndGet();
  }
}
