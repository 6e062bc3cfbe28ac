package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Confirming what a supporting organisation contributes. Anyone who may edit a partnership may name
 * an organisation as its funder with an amount; the amount counts in public figures only once the
 * organisation itself (a COORDINATOR acting for it) or the secretariat confirms it. A changed
 * amount needs confirming again.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class ContributionService {
  private PartnershipWork work;

  protected ContributionService() {
    // for CDI proxies
  }

  @Inject
  public ContributionService(PartnershipWork work) {
    this.work = work;
  }

  /** The organisation confirms its contribution (in every role it is listed in). */
  public Partnership confirm(long id, Long expectedVersion, long organisationId, Viewer v) {
    return work.change(
        v,
        id,
        expectedVersion,
        Permission.confirmContribution(organisationId),
        change -> {
          Partnership p = change.partnership();
          String amounts =
              p.supporters().stream()
                  .filter(s -> s.organisationId() == organisationId)
                  .map(
                      s ->
                          s.role()
                              + " "
                              + s.contribution()
                                  .map(c -> c.toPlainString() + " " + p.currency())
                                  .orElse("(amount not stated)"))
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("");
          p.confirmContribution(organisationId, change.actor(), change.now());
          change.record(
              "contribution.confirmed",
              String.valueOf(organisationId),
              amounts,
              "Confirmed the contribution of organisation "
                  + organisationId
                  + ": "
                  + amounts
                  + ".");
          return p;
        });
  }
}
