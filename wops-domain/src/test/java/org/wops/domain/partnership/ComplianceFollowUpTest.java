package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;
import static org.wops.domain.partnership.PartnershipFixtures.NOW;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.event.CharterEndorsed;
import org.wops.domain.event.CharterVersionPublished;

/**
 * The Charter's standing changes: the partnerships it touches are stored again, compliant or not.
 */
class ComplianceFollowUpTest {
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
    p = uc.keep(PartnershipFixtures.identified());
    uc.compliances.clear();
  }

  @Test
  void theLastEndorsementMakesTheOperatorsPartnershipsCompliant() {
    uc.endorsing.add(MENTOR);
    uc.complianceFollowUp().onEndorsed(new CharterEndorsed(MENTOR, 1, NOW, "Dresden"));
    assertThat(uc.compliances).singleElement().satisfies(c -> assertThat(c.compliant()).isFalse());

    uc.endorsing.add(MENTEE);
    uc.complianceFollowUp().onEndorsed(new CharterEndorsed(MENTEE, 1, NOW, "Cotonou"));
    assertThat(uc.compliances).last().satisfies(c -> assertThat(c.compliant()).isTrue());
    assertThat(uc.audited).as("a recomputed flag is not a user's change").isEmpty();
  }

  @Test
  void aNewCharterVersionReachesEveryPartnershipNotYetAgreed() {
    long before = p.version();
    uc.complianceFollowUp().onCharterPublished(new CharterVersionPublished(2, NOW, "secretariat"));
    assertThat(uc.compliances).hasSize(1);
    assertThat(uc.stored.get(p.id()).version())
        .as("a new version: its reasons changed")
        .isEqualTo(before + 1);
  }
}
