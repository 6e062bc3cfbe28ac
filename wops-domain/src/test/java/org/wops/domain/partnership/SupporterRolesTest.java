package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

/** Supporters' roles as the Charter world names them, and the role in the sources' own words. */
class SupporterRolesTest {
  private static final long AFD = 3;
  private static final long VITENS = 4;
  private static final long MINISTERE = 5;
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theCharterWorldsRolesAreRoles() {
    assertThat(SupporterRole.values())
        .contains(
            SupporterRole.BROKER,
            SupporterRole.IMPLEMENTING_AGENCY,
            SupporterRole.TECHNICAL_SUPPORT,
            SupporterRole.POLITICAL_SUPPORT);
  }

  @Test
  void theRoleDescriptionIsKeptStrippedBesideTheRole() {
    SupportingOrganisation vitens =
        new SupportingOrganisation(
            VITENS, SupporterRole.TECHNICAL_SUPPORT, "  partenaire technique ", null);
    assertThat(vitens.role()).isEqualTo(SupporterRole.TECHNICAL_SUPPORT);
    assertThat(vitens.roleDescription()).contains("partenaire technique");
  }

  @Test
  void aBlankOrMissingRoleDescriptionIsNone() {
    assertThat(
            new SupportingOrganisation(MINISTERE, SupporterRole.POLITICAL_SUPPORT, " ", null)
                .roleDescription())
        .isEmpty();
    assertThat(
            new SupportingOrganisation(AFD, SupporterRole.FUNDER, new BigDecimal("250000"))
                .roleDescription())
        .isEmpty();
  }

  @Test
  void aRoleDescriptionIsBounded() {
    String longest = "é".repeat(SupportingOrganisation.ROLE_DESCRIPTION_MAX);
    assertThat(
            new SupportingOrganisation(VITENS, SupporterRole.OTHER, longest, null)
                .roleDescription())
        .contains(longest);
    assertThatThrownBy(
            () -> new SupportingOrganisation(VITENS, SupporterRole.OTHER, longest + "x", null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("supporter.roleDescription.too-long");
              assertThat(v.field()).isEqualTo("roleDescription");
            });
  }

  @Test
  void aConfirmationCarriesTheRoleDescription() {
    SupportingOrganisation confirmed =
        new SupportingOrganisation(
                AFD, SupporterRole.FUNDER, "bailleur principal", new BigDecimal("250000"))
            .confirmedBy("Aïssata Ouédraogo", NOW);
    assertThat(confirmed.roleDescription()).contains("bailleur principal");
    assertThat(confirmed.confirmed()).isTrue();
  }

  @Test
  void rewordingTheRoleKeepsTheConfirmedAmountConfirmed() {
    SupportingOrganisation before =
        new SupportingOrganisation(AFD, SupporterRole.FUNDER, null, new BigDecimal("250000"))
            .confirmedBy("Aïssata Ouédraogo", NOW);
    SupportingOrganisation reworded =
        new SupportingOrganisation(
                AFD, SupporterRole.FUNDER, "bailleur principal", new BigDecimal("250000"))
            .keepingConfirmationOf(List.of(before));
    assertThat(reworded.confirmed()).isTrue();
    assertThat(reworded.roleDescription()).contains("bailleur principal");
  }

  @Test
  void anImportThatOnlyRewordsARoleIsAChange() {
    List<SupportingOrganisation> stored =
        List.of(
            new SupportingOrganisation(
                VITENS, SupporterRole.TECHNICAL_SUPPORT, "partenaire technique", null));
    assertThat(
            PartnershipImportRows.sameSupporters(
                stored,
                List.of(
                    new SupportingOrganisation(
                        VITENS, SupporterRole.TECHNICAL_SUPPORT, "partenaire technique", null))))
        .isTrue();
    assertThat(
            PartnershipImportRows.sameSupporters(
                stored,
                List.of(
                    new SupportingOrganisation(
                        VITENS, SupporterRole.TECHNICAL_SUPPORT, "partenaire secondaire", null))))
        .isFalse();
  }
}
