package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Correcting what the record of a partnership recorded from outside the platform says, as new
 * evidence comes: its status (an UNKNOWN one found completed), its dates at their precision, its
 * agreement signed outside and how its Charter compliance stands. The secretariat and the
 * partnership's coordinators correct it; only the secretariat verifies compliance (a coordinator's
 * correction declares it at most). Every correction is in the audit trail.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class RecordCorrections {
  /** The record as it should read. */
  public record Correction(
      long id,
      Long expectedVersion,
      PartnershipStatus status,
      PartnershipDetails dates,
      RecordedHistory.Facts facts)
      implements PartnershipCommand {
    public Correction {
      dates = dates == null ? PartnershipDetails.builder().build() : dates;
      facts = facts == null ? new RecordedHistory.Facts(false, null, null, null, null) : facts;
    }
  }

  private PartnershipWork work;
  private PartnershipAccess access;

  protected RecordCorrections() {
    // for CDI proxies
  }

  @Inject
  public RecordCorrections(PartnershipWork work, PartnershipAccess access) {
    this.work = work;
    this.access = access;
  }

  public Partnership correct(Viewer caller, Correction c) {
    return work.change(
        caller,
        c,
        Permission.CORRECT_RECORD,
        change -> {
          access.requireAssess(caller, c.facts().compliance());
          Partnership p = change.partnership();
          PartnershipStatus from = p.status();
          RecordedHistory.ComplianceAssessment before = p.history().compliance();
          p.correctRecord(c.status(), c.dates(), c.facts(), change.actor(), change.now());
          change.record(
              "record.corrected",
              from.name() + " · " + before,
              p.status().name() + " · " + p.history().compliance(),
              "Corrected the record: status "
                  + from
                  + " → "
                  + p.status()
                  + ", Charter compliance "
                  + before
                  + " → "
                  + p.history().compliance()
                  + ".");
          return p;
        });
  }
}
