package org.wops.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class OperatorTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);

  private static OperatorDetails details(String name, String country) {
    return new OperatorDetails(
        name,
        "NWSC",
        OperatorKind.UTILITY,
        CountryCode.of(country),
        "Kampala",
        ServiceScope.WATER_AND_SANITATION,
        Ownership.PUBLIC);
  }

  @Test
  void nameIsKeptExactlyAsWrittenWithItsAccents() {
    Operator operator = new Operator(details("Société Béninoise des Eaux — Cotonou", "BJ"), NOW);

    assertThat(operator.name()).isEqualTo("Société Béninoise des Eaux — Cotonou");
    assertThat(operator.registeredAt()).isEqualTo(NOW);
  }

  @Test
  void anOperatorWithoutANameIsRefusedWithAStableCode() {
    assertThatThrownBy(() -> new Operator(details("  ", "UG"), NOW))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("operator.name.required");
              assertThat(v.field()).isEqualTo("name");
            });
  }

  @Test
  void aNameLongerThanTheLimitIsRefused() {
    String longName = "A".repeat(Operator.NAME_MAX + 1);
    assertThatThrownBy(() -> new Operator(details(longName, "UG"), NOW))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> assertThat(v.code()).isEqualTo("operator.name.too-long"));
  }

  @Test
  void aBlankShortNameIsStoredAsNoShortName() {
    OperatorDetails noAcronym =
        new OperatorDetails(
            "Kampala Water",
            " ",
            OperatorKind.MUNICIPAL_SERVICE,
            CountryCode.of("UG"),
            "Kampala",
            ServiceScope.WATER,
            Ownership.MUNICIPAL);

    assertThat(new Operator(noAcronym, NOW).shortName()).isEmpty();
  }

  @Test
  void everyEnumeratedDetailIsRequired() {
    OperatorDetails noServices =
        new OperatorDetails(
            "Kampala Water",
            null,
            OperatorKind.UTILITY,
            CountryCode.of("UG"),
            "Kampala",
            null,
            Ownership.PUBLIC);

    assertThatThrownBy(() -> new Operator(noServices, NOW))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("operator.services.required");
              assertThat(v.field()).isEqualTo("services");
            });
  }

  @Test
  void aRefusedEditChangesNothing() {
    Operator operator = new Operator(details("National Water", "UG"), NOW);

    assertThatThrownBy(() -> operator.edit(details("", "KE")))
        .isInstanceOf(DomainRuleViolation.class);

    assertThat(operator.name()).isEqualTo("National Water");
    assertThat(operator.country().code()).isEqualTo("UG");
  }

  @Test
  void formerAndAlternativeNamesAreKeptEachOnceAndNeverTheNameItself() {
    Operator operator =
        new Operator(
            details("Société Nationale des Eaux du Bénin", "BJ")
                .withOtherNames(
                    java.util.List.of(
                        new OtherName("Société Béninoise des Eaux", OtherName.Kind.FORMER, "FR"),
                        new OtherName("SONEB", OtherName.Kind.ALTERNATIVE, null))),
            NOW);
    assertThat(operator.otherNames())
        .extracting(OtherName::name, OtherName::kind, n -> n.language().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Société Béninoise des Eaux", OtherName.Kind.FORMER, "fr"),
            org.assertj.core.groups.Tuple.tuple("SONEB", OtherName.Kind.ALTERNATIVE, null));
    assertThat(operator.addOtherName(new OtherName("SONEB", OtherName.Kind.FORMER, null)))
        .as("already one of its names")
        .isFalse();
    assertThatThrownBy(
            () ->
                operator.edit(
                    details("Société Nationale des Eaux du Bénin", "BJ")
                        .withOtherNames(
                            java.util.List.of(
                                new OtherName(
                                    "SOCIÉTÉ NATIONALE DES EAUX DU BÉNIN",
                                    OtherName.Kind.ALTERNATIVE,
                                    null)))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "operator.otherNames.duplicate");
    assertThat(operator.otherNames()).hasSize(2);
    assertThatThrownBy(() -> new OtherName("Eau du Bénin", OtherName.Kind.ALTERNATIVE, "français"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "otherNames.language");
  }
}
