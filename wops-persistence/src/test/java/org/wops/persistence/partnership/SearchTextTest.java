package org.wops.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(SearchText.of("Gabès")).isEqualTo(SearchText.of("GABES")).isEqualTo(" gabes ");
    assertThat(SearchText.of("Société Béninoise des Eaux"))
        .isEqualTo(" societe beninoise des eaux ");
    assertThat(SearchText.of("Stadtentwässerung Dresden")).isEqualTo(" stadtentwasserung dresden ");
    assertThat(SearchText.of("Companhia de Saneamento Básico"))
        .isEqualTo(" companhia de saneamento basico ");
    assertThat(SearchText.of("Reducción del agua no contabilizada en Cochabamba"))
        .isEqualTo(" reduccion del agua no contabilizada en cochabamba ");
  }

  @Test
  void vietnameseLosesItsMarksAndItsBarredD() {
    assertThat(SearchText.of("Công ty Cấp nước Đà Nẵng")).isEqualTo(" cong ty cap nuoc da nang ");
  }

  @Test
  void straightAndCurlyApostrophesAndDashesSeparateWords() {
    assertThat(SearchText.of("Dji’i")).isEqualTo(SearchText.of("Dji'i")).isEqualTo(" dji i ");
    assertThat(SearchText.of("Réduction des pertes à Kisumu – phase 2"))
        .isEqualTo(" reduction des pertes a kisumu phase 2 ");
    assertThat(SearchText.of("«Eau pour tous» — “Water”")).isEqualTo(" eau pour tous water ");
  }

  @Test
  void arabicKeepsItsLettersWithoutVowelMarks() {
    assertThat(SearchText.of("الشركة الوطنية للمياه")).isEqualTo(" الشركة الوطنية للمياه ");
    assertThat(SearchText.of("المِياه")).isEqualTo(" المياه ");
  }

  @Test
  void severalTextsJoinAndNoLetterIsBlank() {
    assertThat(SearchText.of("WASA", null, "Mwanza (MWAUWASA)"))
        .isEqualTo(" wasa mwanza mwauwasa ");
    assertThat(SearchText.of("’ – ", null)).isEmpty();
    assertThat(SearchText.words(" Dji’i  Gabès ")).containsExactly("dji", "i", "gabes");
    assertThat(SearchText.words("%_'")).isEmpty();
  }
}
