package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the changes to partnerships made through this instance, so that what is kept in memory for
 * readers (key figures, public search pages, version stamps) can tell it may be out of date. Other
 * instances of a cluster learn of a change through the shared database only, within the keeping
 * time of each cache.
 */
@ApplicationScoped
public class PartnershipChanges {
  private final AtomicLong count = new AtomicLong();

  /** How many changes this instance has made since it started. */
  public long count() {
    return count.get();
  }

  void changed() {
    count.incrementAndGet();
  }
}
