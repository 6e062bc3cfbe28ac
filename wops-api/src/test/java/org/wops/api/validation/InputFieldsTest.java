package org.wops.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFieldsTest {

  @Test
  void everyTextListAndMapOfEveryBodyHasAnUpperBound() {
    assertThat(InputFields.bodies()).hasSizeGreaterThan(15);
    assertThat(InputFields.unbounded()).isEmpty();
  }
}
