package org.wops.domain.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;

class PasswordPolicyTest {
  @Test
  void commonAndLeakedPasswordsAreRefused() {
    for (String p : new String[] {"password123456", "qwertyuiop123", "iloveyou12345"}) {
      assertThatThrownBy(() -> PasswordPolicy.check(p, "amina", "Amina Diallo"))
          .as(p)
          .isInstanceOf(DomainRuleViolation.class)
          .hasFieldOrPropertyWithValue("code", "user.password.guessable");
    }
  }

  @Test
  void aPasswordBuiltOnTheUserNameIsRefused() {
    assertThatThrownBy(() -> PasswordPolicy.check("grace.kisumu2024", "grace.kisumu", null))
        .hasFieldOrPropertyWithValue("code", "user.password.username");
  }

  @Test
  void shortPasswordsAreRefusedAndGoodOnesAccepted() {
    assertThatThrownBy(() -> PasswordPolicy.check("short", "amina", null))
        .hasFieldOrPropertyWithValue("code", "user.password.too-short");
    assertThatCode(
            () ->
                PasswordPolicy.check(
                    "Réduction des pertes à Kisumu – phase 2", "amina", "Amina Diallo"))
        .doesNotThrowAnyException();
  }
}
