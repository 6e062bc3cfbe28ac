package org.wops.domain.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class ExtraFieldTest {
  private static final ExtraField SCOPE =
      new ExtraField(
          "scope",
          FieldType.CHOICE,
          true,
          List.of("CITY", "REGION"),
          Labels.of("Scope", null, null));
  private static final ExtraField BUDGET =
      new ExtraField("budget", FieldType.NUMBER, false, null, Labels.of("Budget", null, null));
  private static final ExtraField KICKOFF =
      new ExtraField("kickoff", FieldType.DATE, false, null, Labels.of("Kick-off", null, null));

  @Test
  void eachKindOfFieldChecksItsValues() {
    assertThat(SCOPE.check("CITY")).isEmpty();
    assertThat(SCOPE.check("PLANET"))
        .get()
        .extracting(DomainRuleViolation::code)
        .isEqualTo("partnership.extra-field.invalid");
    assertThat(SCOPE.check(null))
        .get()
        .extracting(DomainRuleViolation::code)
        .isEqualTo("partnership.extra-field.required");
    assertThat(BUDGET.check(null)).isEmpty();
    assertThat(BUDGET.check("12.5")).isEmpty();
    assertThat(BUDGET.check("lots")).isPresent();
    assertThat(KICKOFF.check("2027-02-30")).isPresent();
    assertThat(KICKOFF.check("2027-02-28")).isEmpty();
  }

  @Test
  void everyViolationOfATypesFieldsIsReportedWithTheFieldName() {
    PartnershipType type =
        new PartnershipTypeRegistryTest.Simple("fields") {
          @Override
          public List<ExtraField> extraFields() {
            return List.of(SCOPE, BUDGET);
          }
        };

    List<DomainRuleViolation> violations =
        TypeRules.extraFields(type, Map.of("budget", "lots", "colour", "blue"));

    assertThat(violations)
        .extracting(DomainRuleViolation::field)
        .containsExactlyInAnyOrder("extraFields.scope", "extraFields.budget", "extraFields.colour");
  }

  @Test
  void aTypeWhoseValidationThrowsIsReportedAsAViolation() {
    PartnershipType failing =
        new PartnershipTypeRegistryTest.Simple("failing") {
          @Override
          public List<DomainRuleViolation> validate(PartnershipFacts facts) {
            throw new IllegalStateException("boom");
          }
        };

    assertThat(
            TypeRules.own(
                failing, new PartnershipFacts(List.of(), List.of(), java.util.Set.of(), Map.of())))
        .singleElement()
        .extracting(DomainRuleViolation::code)
        .isEqualTo("partnership.type.failed");
  }
}
