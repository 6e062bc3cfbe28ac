package org.wops.domain.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

/** KPI values as their numeric(19, 4) columns keep them: never rounded, never too large. */
class IndicatorValuesTest {

  @Test
  void aValueTheColumnKeepsPasses() {
    assertThat(Indicator.fitting(new BigDecimal("38.1234"), "value"))
        .isEqualByComparingTo("38.1234");
    assertThat(Indicator.fitting(new BigDecimal("999999999999999.9999"), "value")).isNotNull();
    assertThat(Indicator.fitting(new BigDecimal("-12.5000000"), "value")).isNotNull();
  }

  @Test
  void moreDecimalsOrMoreDigitsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Indicator.fitting(new BigDecimal("38.123456"), "value"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("indicator.value.precision");
              assertThat(v.field()).isEqualTo("value");
            });
    for (String huge : new String[] {"1e25", "1e999999999", "1000000000000000"}) {
      assertThatThrownBy(() -> Indicator.fitting(new BigDecimal(huge), "baselineValue"))
          .as(huge)
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              v -> assertThat(v.code()).isEqualTo("indicator.value.too-large"));
    }
    assertThatThrownBy(() -> Indicator.fitting(new BigDecimal("1e-999999999"), "value"))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
