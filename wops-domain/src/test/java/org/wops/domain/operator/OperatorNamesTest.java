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
}
