package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/** What a reader gets of one partnership: the partnership, its compliance, its audit trail. */
class PartnershipReadsTest {
  private static final long OTHER_UTILITY = 77L;
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
    uc.operator(OTHER_UTILITY, "Công ty Cấp nước Đà Nẵng", "VN");
    p = uc.keep(PartnershipFixtures.identified());
  }

  @Test
  void anUnpublishedPartnershipIsNotFoundForOutsidersAndReadByItsPartners() {
    assertThatThrownBy(() -> uc.reads().readable(UseCases.editorOf(OTHER_UTILITY), p.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> uc.reads().readable(Viewer.anonymous(), p.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(uc.reads().readable(UseCases.editorOf(MENTEE), p.id())).isSameAs(p);
  }

  @Test
  void theComplianceNamesTheOperatorsThatHaveNotEndorsedTheCharter() {
    uc.endorsing.add(MENTOR);
    Compliance c = uc.reads().compliance(p.id());
    assertThat(c.compliant()).isFalse();
    assertThat(c.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("partnership.charter-not-endorsed");
              assertThat(r.message()).contains(String.valueOf(MENTEE));
            });
    uc.endorsing.add(MENTEE);
    assertThat(uc.reads().compliance(p).compliant()).isTrue();
  }

  @Test
  void theAuditTrailIsForThePartnersAndRefusedToAReaderOfThePublishedProfile() {
    uc.lifecycle()
        .changeStatus(
            UseCases.editorOf(MENTOR),
            new AgreementAndLifecycle.ChangeStatus(p.id(), null, PartnershipStatus.PROPOSED));
    p.publish("secretariat", PartnershipFixtures.NOW);
    assertThat(uc.reads().auditTrail(UseCases.editorOf(MENTEE), p.id()))
        .extracting(a -> a.action())
        .contains("status.changed");
    Viewer reader =
        new Viewer("lectrice", Set.of(Role.OPERATOR_EDITOR), Set.of(OTHER_UTILITY), Set.of());
    assertThat(uc.reads().readable(reader, p.id())).as("published: readable").isSameAs(p);
    assertThatThrownBy(() -> uc.reads().auditTrail(reader, p.id()))
        .isInstanceOf(AccessDenied.class);
  }
}
