package org.wops.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class CountryCodeTest {

  @Test
  void lowerCaseCodesAreNormalisedToUpperCase() {
    assertThat(CountryCode.of(" ke ").code()).isEqualTo("KE");
    assertThat(CountryCode.of("ke")).isEqualTo(CountryCode.of("KE"));
  }

  @Test
  void aCodeThatIsNotAnIso3166Alpha2CountryIsRefused() {
    assertThatThrownBy(() -> CountryCode.of("XX"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("country.invalid");
              assertThat(v.field()).isEqualTo("country");
              assertThat(v.getMessage()).contains("XX");
              assertThat(v.arguments()).as("for the pages' words").containsExactly("XX");
            });
    assertThatThrownBy(() -> CountryCode.of("KEN")).isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void aMissingCountryIsRefused() {
    assertThatThrownBy(() -> CountryCode.of(null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.code()).isEqualTo("country.required"));
  }

  @Test
  void theCountryIsNamedInTheReadersLanguage() {
    assertThat(CountryCode.of("BO").displayName(Locale.FRENCH)).isEqualTo("Bolivie");
    assertThat(CountryCode.of("BO").displayName(Locale.ENGLISH)).isEqualTo("Bolivia");
  }
}
