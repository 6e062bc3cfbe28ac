package org.wops.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorNamesTest {

  @Test
  void accentsCaseAndSpacesDoNotMakeAnotherOperator() {
    assertThat(OperatorNames.key("SOCIETE  BENINOISE des eaux", CountryCode.of("BJ")))
        .isEqualTo(OperatorNames.key("Société Béninoise des Eaux", CountryCode.of("BJ")));
    assertThat(OperatorNames.key("Cong ty Cap nuoc Da Nang", CountryCode.of("VN")))
        .isEqualTo(OperatorNames.key("Công ty Cấp nước Đà Nẵng", CountryCode.of("VN")));
    assertThat(OperatorNames.key("Dji'i", CountryCode.of("CM")))
        .isEqualTo(OperatorNames.key("Dji’i", CountryCode.of("CM")));
  }

  @Test
  void theSameNameInAnotherCountryIsAnotherOperator() {
    assertThat(OperatorNames.key("Société des Eaux", CountryCode.of("BJ")))
        .isNotEqualTo(OperatorNames.key("Société des Eaux", CountryCode.of("TG")));
  }

  @Test
  void differentNamesStayDifferent() {
    assertThat(OperatorNames.key("Stadtentwässerung Dresden", CountryCode.of("DE")))
        .isNotEqualTo(OperatorNames.key("Stadtentwasserung Leipzig", CountryCode.of("DE")));
  }

  @Test
  void umlautsWrittenOutALegalFormAndAPartInBracketsAreSetAside() {
    CountryCode de = CountryCode.of("DE");
    assertThat(OperatorNames.key("Stadtentwaesserung Dresden GmbH", de))
        .isEqualTo(OperatorNames.key("Stadtentwässerung Dresden", de));
    CountryCode bj = CountryCode.of("BJ");
    assertThat(OperatorNames.keys("Societe Beninoise des Eaux (SONEB)", bj))
        .contains(
            OperatorNames.key("Société Béninoise des Eaux", bj), OperatorNames.key("SONEB", bj));
  }

  @Test
  void everyNameOfAnOperatorIsAKey() {
    OperatorDetails details =
        new OperatorDetails(
                "Société Nationale des Eaux du Bénin",
                "SONEB",
                OperatorKind.UTILITY,
                CountryCode.of("BJ"),
                "Cotonou",
                ServiceScope.WATER,
                Ownership.PUBLIC)
            .withOtherNames(
                java.util.List.of(
                    new OtherName("Société Béninoise des Eaux", OtherName.Kind.FORMER, "fr")));
    assertThat(OperatorNames.keysOf(details))
        .contains(
            OperatorNames.key("SOCIETE BENINOISE DES EAUX", CountryCode.of("BJ")),
            OperatorNames.key("soneb", CountryCode.of("BJ")));
  }
}
