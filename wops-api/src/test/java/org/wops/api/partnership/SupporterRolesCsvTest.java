package org.wops.api.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;

/** Supporters' roles and role descriptions go out in the CSV export and come back as they were. */
class SupporterRolesCsvTest {
  @Test
  void rolesAndRoleDescriptionsMakeTheRoundTrip() throws Exception {
    String csv = PartnershipCsv.write(List.of(SupportedWop.ouagadougou()), new HashSet<>());
    PartnershipCsv.Row back = PartnershipCsv.read(new StringReader(csv)).get(0);
    assertThat(back.errors()).isEmpty();
    PartnershipImport.Row row = back.row();
    assertThat(row.supporters())
        .extracting(SupportingOrganisation::role)
        .containsExactly(
            SupporterRole.FUNDER,
            SupporterRole.TECHNICAL_SUPPORT,
            SupporterRole.POLITICAL_SUPPORT,
            SupporterRole.IMPLEMENTING_AGENCY,
            SupporterRole.BROKER);
    assertThat(row.supporters())
        .extracting(s -> s.roleDescription().orElse(null))
        .containsExactly(
            null,
            "partenaire technique; secondaire \\ EU",
            null,
            "agence d’exécution: ONEA",
            "matchmaker");
    assertThat(row.absent()).doesNotContain("roleDescription");
  }

  @Test
  void aFileWithoutTheDescriptionColumnLeavesTheDescriptionsAsTheyAre() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(
                new StringReader("id,supporters\r\n7,4:technical_support;5:POLITICAL_SUPPORT\r\n"))
            .get(0);
    assertThat(r.errors()).isEmpty();
    assertThat(r.row().absent()).contains("roleDescription");
    assertThat(r.row().supporters().get(0).role()).isEqualTo(SupporterRole.TECHNICAL_SUPPORT);
  }

  @Test
  void aDescriptionOfAnOrganisationNotInTheRowOrWithoutItsIdIsRefused() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(
                new StringReader(
                    "id,supporters,roleDescriptionByOrganisation\r\n"
                        + "7,4:TECHNICAL_SUPPORT,9:appui technique;partenaire\r\n"))
            .get(0);
    assertThat(r.row()).isNull();
    assertThat(r.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly(
            "line 2: roleDescriptionByOrganisation description",
            "line 2: roleDescriptionByOrganisation description");
  }

  @Test
  void aTooLongDescriptionIsRefusedInItsColumn() throws Exception {
    PartnershipCsv.Row r =
        PartnershipCsv.read(
                new StringReader(
                    "id,supporters,roleDescriptionByOrganisation\r\n7,4:OTHER,4:"
                        + "x".repeat(SupportingOrganisation.ROLE_DESCRIPTION_MAX + 1)
                        + "\r\n"))
            .get(0);
    assertThat(r.row()).isNull();
    assertThat(r.errors())
        .extracting(e -> e.field() + " " + e.rule())
        .containsExactly(
            "line 2: roleDescriptionByOrganisation supporter.roleDescription.too-long");
  }
}
