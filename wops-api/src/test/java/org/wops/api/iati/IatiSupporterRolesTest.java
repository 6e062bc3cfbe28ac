package org.wops.api.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.api.partnership.SupportedWop;
import org.wops.domain.partnership.SupporterRole;

/** Each supporter's role as the IATI role that is true of it, and none where none is. */
class IatiSupporterRolesTest {
  private static final Map<Long, String> NAMES =
      Map.of(
          3L, "Agence Française de Développement",
          4L, "Vitens Evides International",
          5L, "Ministère de l’Eau du Burkina Faso",
          6L, "Office National de l’Eau et de l’Assainissement",
          7L, "Global Water Operators’ Partnerships Alliance",
          11L, "Stadtentwässerung Dresden",
          12L, "Société Béninoise des Eaux");

  @Test
  void everyRoleHasTheIatiRoleThatIsTrueOfIt() {
    assertThat(IatiWriter.iatiRole(SupporterRole.FUNDER)).contains("1");
    assertThat(IatiWriter.iatiRole(SupporterRole.ACCOUNTABLE)).contains("2");
    assertThat(IatiWriter.iatiRole(SupporterRole.FACILITATOR)).contains("3");
    assertThat(IatiWriter.iatiRole(SupporterRole.BROKER)).contains("3");
    assertThat(IatiWriter.iatiRole(SupporterRole.IMPLEMENTING_AGENCY)).contains("4");
    assertThat(IatiWriter.iatiRole(SupporterRole.TECHNICAL_SUPPORT)).contains("4");
    assertThat(IatiWriter.iatiRole(SupporterRole.POLITICAL_SUPPORT)).isEmpty();
    assertThat(IatiWriter.iatiRole(SupporterRole.OTHER)).as("no longer 3").isEmpty();
  }

  @Test
  void supportersAreWrittenWithTheirWopRoleAndItsDescription() {
    String xml =
        IatiWriter.write(
            java.util.List.of(SupportedWop.ouagadougou()),
            new IatiWriter.ReportingOrg("XM-DAC-41120", "40", "GWOPA"),
            NAMES::get,
            id -> null,
            NAMES::get,
            k -> k);
    assertThat(xml)
        .contains(
            "<participating-org role=\"1\"><narrative>Agence Française de Développement"
                + "</narrative><wops:role>FUNDER</wops:role></participating-org>")
        .contains(
            "<participating-org role=\"4\"><narrative>Vitens Evides International</narrative>"
                + "<wops:role>TECHNICAL_SUPPORT</wops:role><wops:role-description>partenaire"
                + " technique; secondaire \\ EU</wops:role-description></participating-org>")
        .contains("<wops:role>BROKER</wops:role>")
        .contains(
            "<description type=\"4\"><narrative xml:lang=\"en\">Also supported by Ministère de l’Eau du"
                + " Burkina Faso (political support).</narrative></description>")
        .doesNotContain("<narrative>Ministère de l’Eau du Burkina Faso</narrative>");
  }

  @Test
  void aRoleIatiHasNoCodeForIsSaidInTheSourcesWordsBesideTheEnglishNotInsideIt() throws Exception {
    org.wops.domain.partnership.Partnership p = SupportedWop.ouagadougou();
    java.util.List<org.wops.domain.partnership.SupportingOrganisation> supporters =
        new java.util.ArrayList<>(p.supporters());
    supporters.add(
        new org.wops.domain.partnership.SupportingOrganisation(
            7, SupporterRole.OTHER, "relais auprès des communes riveraines", null));
    supporters.removeIf(s -> s.organisationId() == 7 && s.role() == SupporterRole.BROKER);
    p.replaceSupporters(supporters);
    String xml =
        IatiWriter.write(
            java.util.List.of(p),
            new IatiWriter.ReportingOrg("XM-DAC-41120", "40", "GWOPA"),
            NAMES::get,
            id -> null,
            NAMES::get,
            k -> k);
    IatiLanguagesTest.valid(xml);
    assertThat(xml)
        .contains(
            "<description type=\"4\"><narrative xml:lang=\"en\">Also supported by Ministère de"
                + " l’Eau du Burkina Faso (political support); Global Water Operators’ Partnerships"
                + " Alliance (other support).</narrative></description><description"
                + " type=\"4\"><narrative>relais auprès des communes riveraines</narrative>"
                + "<narrative xml:lang=\"en\">The role of Global Water Operators’ Partnerships"
                + " Alliance (other support): the sources' words are the narrative without a"
                + " language.</narrative></description>")
        .doesNotContain("(other support: relais");
  }
}
