package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainRuleViolationTest {

  @Test
  void severalViolationsTravelAsOneExceptionAndComeBackInOrder() {
    DomainRuleViolation a = new DomainRuleViolation("a", "x", "A");
    DomainRuleViolation b = new DomainRuleViolation("b", "y", "B");

    DomainRuleViolation all = DomainRuleViolation.all(List.of(a, b));

    assertThat(all).isSameAs(a);
    assertThat(all.withOthers()).extracting(DomainRuleViolation::code).containsExactly("a", "b");
  }

  @Test
  void aViolationCarriesTheValuesItsMessageNamesAndKeepsItsEnglishMessage() {
    java.time.LocalDate start = java.time.LocalDate.of(2025, 1, 1);
    java.time.LocalDate end = java.time.LocalDate.of(2024, 6, 30);
    Object[] given = {end, start};

    DomainRuleViolation v =
        new DomainRuleViolation(
            "dates.start-after-end",
            "plannedEnd",
            "The end (2024-06-30) cannot be before the start (2025-01-01).",
            given);
    given[0] = "changed afterwards";

    assertThat(v.getMessage())
        .isEqualTo("The end (2024-06-30) cannot be before the start (2025-01-01).");
    assertThat(v.arguments()).containsExactly(end, start);
    assertThat(new DomainRuleViolation("money.negative", "cash", "Never negative.").arguments())
        .isEmpty();
  }
}
