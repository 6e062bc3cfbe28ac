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
}
