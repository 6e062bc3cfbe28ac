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
  @Inject org.wops.domain.organisation.OrganisationService organisations;

  /** Thrown at the end of a trial, so that its transaction is rolled back. */
  static final class Tried extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Tried() {
      super("tried; rolled back", null, false, false);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void trial(Viewer caller, IatiImports.Item item, java.util.Map<String, Long> registered) {
    record(caller, item, registered);
    throw new Tried();
  }

  @Transactional
  public Partnership record(
      Viewer caller, IatiImports.Item item, java.util.Map<String, Long> registered) {
    Proposals.Record r = item.record();
    java.util.List<SupportingOrganisation> supporters =
        new java.util.ArrayList<>(r.partnership().supporters());
    for (IatiImports.NewSupporter n : item.newSupporters()) {
      Long id = registered.get(n.name());
      if (id == null) {
        id = organisations.register(n.name(), null, n.kind(), null).id();
        registered.put(n.name(), id);
      }
      supporters.add(
          new SupportingOrganisation(id, n.role(), n.roleDescription(), n.contribution()));
    }
    Proposals.Identify c = r.partnership();
    return proposals.record(
        caller,
        new Proposals.Record(
            new Proposals.Identify(
                c.typeId(), c.details(), c.participants(), supporters, c.extraValues()),
            r.status(),
            r.facts(),
            r.sources(),
            r.results(),
            r.budget(),
            item.origin()));
  }
}
