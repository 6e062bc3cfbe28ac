package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.wops.domain.event.CharterEndorsed;
import org.wops.domain.event.CharterVersionPublished;
import org.wops.domain.user.Viewer;

/**
 * Keeps partnerships' Charter compliance up to date when the Charter's standing changes, in the
 * transaction of the endorsement or publication: an endorsement may make the operator's
 * partnerships compliant; a new Charter version applies to every partnership not yet agreed. The
 * reasons shown change even when the flag does not, so each gets a new version.
 */
@ApplicationScoped
public class ComplianceFollowUp {
  private static final Viewer CHARTER = Viewer.system("charter");

  private PartnershipRepository partnerships;
  private PartnershipWork work;

  protected ComplianceFollowUp() {
    // for CDI proxies
  }

  @Inject
  public ComplianceFollowUp(PartnershipRepository partnerships, PartnershipWork work) {
    this.partnerships = partnerships;
    this.work = work;
  }

  void onEndorsed(@Observes CharterEndorsed e) {
    refresh(partnerships.idsWithParticipant(e.operatorId()));
  }

  void onCharterPublished(@Observes CharterVersionPublished e) {
    refresh(partnerships.idsNotYetAgreed());
  }

  private void refresh(List<Long> ids) {
    for (Long id : ids) {
      work.change(CHARTER, id, null, Permission.EDIT, change -> null);
    }
  }
}
