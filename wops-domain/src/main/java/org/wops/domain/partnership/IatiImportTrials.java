package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.wops.domain.user.Viewer;

/**
 * Records one IATI activity, in the caller's transaction or in one of its own that is always rolled
 * back ({@link #trial}). Its own bean so that the transaction boundaries hold.
 */
@ApplicationScoped
public class IatiImportTrials {
  @Inject Proposals proposals;

  /** Thrown at the end of a trial, so that its transaction is rolled back. */
  static final class Tried extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Tried() {
      super("tried; rolled back", null, false, false);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void trial(Viewer caller, IatiImports.Item item) {
    record(caller, item);
    throw new Tried();
  }

  @Transactional
  public Partnership record(Viewer caller, IatiImports.Item item) {
    Proposals.Record r = item.record();
    return proposals.record(
        caller,
        new Proposals.Record(
            r.partnership(),
            r.status(),
            r.facts(),
            r.sources(),
            r.results(),
            r.budget(),
            item.origin()));
  }
}
