package org.wops.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wops.domain.shared.OnceSent;

class IdempotencyKeyTest {
  @Test
  void aKeyStandsForOneOneTimeIdOfOneUser() {
    String key = "3f1c9a52-7d4e-4b8a-9c1f-0e6d2b7a5c31";
    String amina = IdempotencyKey.formId("amina.ouedraogo", key);

    assertThat(OnceSent.isFormId(amina)).as("claimed as the pages' forms are").isTrue();
    assertThat(IdempotencyKey.formId("amina.ouedraogo", key)).isEqualTo(amina);
    assertThat(IdempotencyKey.formId("jürgen.müller", key)).isNotEqualTo(amina);
    assertThat(IdempotencyKey.formId("amina.ouedraogo", key + "x")).isNotEqualTo(amina);
    assertThat(IdempotencyKey.formId("amina", ".ouedraogo" + key))
        .as("the user's name and the key do not run into each other")
        .isNotEqualTo(IdempotencyKey.formId("amina.ouedraogo", key));
  }
}
