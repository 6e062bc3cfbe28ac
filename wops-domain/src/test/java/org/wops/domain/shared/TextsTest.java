package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void aTextareasLineBreaksAreStoredAsOneLineFeedWhicheverWayTheyCame() {
    String typed =
        "Réduire les pertes d’eau à Cotonou.\r\n\r\nPhase 2 – Société Béninoise des Eaux\rDji’i";

    assertThat(Texts.required(typed, "partnership.objectives", "objectives", "The objectives", 500))
        .isEqualTo(
            "Réduire les pertes d’eau à Cotonou.\n\nPhase 2 – Société Béninoise des Eaux\nDji’i");
  }

  @Test
  void theLimitCountsALineBreakOnceNotTwice() {
    String atTheLimit = "Công ty\r\nĐà Nẵng"; // 15 characters once the line break is one

    assertThat(Texts.optional(atTheLimit, "x", "approach", "The approach", 15))
        .isEqualTo("Công ty\nĐà Nẵng");
    assertThatThrownBy(() -> Texts.optional(atTheLimit + "!", "x", "approach", "The approach", 15))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("15");
  }

  @Test
  void outerBlanksGoAndInnerTextStaysByteForByte() {
    assertThat(Texts.required("  Stadtentwässerung Dresden\n", "x", "title", "The title", 80))
        .isEqualTo("Stadtentwässerung Dresden");
  }
}
