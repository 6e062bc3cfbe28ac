package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wops.domain.partnership.PartnershipFixtures.MENTEE;
import static org.wops.domain.partnership.PartnershipFixtures.MENTOR;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.shared.AccessDenied;

class ContributionServiceTest {
  private static final long FUND = 30L;
  private static final long PLATFORM = 31L;
  private UseCases uc;
  private Partnership p;

  @BeforeEach
  void setUp() {
    uc = new UseCases();
    uc.operator(MENTOR, "Stadtentwässerung Dresden", "DE");
    uc.operator(MENTEE, "Société Béninoise des Eaux", "BJ");
    uc.organisation(FUND, "Fonds Eau et Assainissement d’Afrique", OrganisationKind.DONOR);
    uc.organisation(
        PLATFORM, "Plateforme des opérateurs d’Afrique de l’Ouest", OrganisationKind.OTHER);
    p = PartnershipFixtures.identified();
    p.replaceSupporters(
        List.of(
            new SupportingOrganisation(FUND, SupporterRole.FUNDER, new BigDecimal("120000")),
            new SupportingOrganisation(PLATFORM, SupporterRole.FACILITATOR, null)));
    uc.keep(p);
  }

  @Test
  void onlyTheFundersOwnCoordinatorConfirmsItsContribution() {
    assertThatThrownBy(
            () -> uc.contributions().confirm(p.id(), null, FUND, UseCases.coordinatorOf(PLATFORM)))
        .isInstanceOf(AccessDenied.class);

    uc.contributions().confirm(p.id(), null, FUND, UseCases.coordinatorOf(FUND));

    assertThat(p.supporters())
        .filteredOn(s -> s.organisationId() == FUND)
        .allMatch(SupportingOrganisation::confirmed);
    assertThat(uc.actions()).containsExactly("contribution.confirmed");
  }
}
