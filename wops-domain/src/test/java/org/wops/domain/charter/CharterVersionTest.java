package org.wops.domain.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;

/** A Charter version's texts in the platform's languages. */
class CharterVersionTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final CharterText EN =
      CharterText.of("Charter", "1. Not for profit.", "1. Sign.", "");
  private static final CharterText FR =
      CharterText.of("Charte", "1. Sans but lucratif.", "1. Signer l’accord.", "fr.");

  @Test
  void aReaderSeesTheTextInTheirLanguage() {
    CharterVersion v = CharterVersion.next(null, EN, FR, null, "Secretariat", NOW);

    CharterReading fr = v.readIn(Language.FR);
    assertThat(fr.text()).isEqualTo(FR);
    assertThat(fr.isFallback()).isFalse();
    assertThat(v.languages()).containsExactly(Language.EN, Language.FR);
  }

  @Test
  void aMissingLanguageFallsBackToEnglishAndSaysSo() {
    CharterVersion v = CharterVersion.next(null, EN, FR, null, "Secretariat", NOW);

    CharterReading es = v.readIn(Language.ES);
    assertThat(es.text()).isEqualTo(EN);
    assertThat(es.language()).isEqualTo(Language.EN);
    assertThat(es.isFallback()).isTrue();
  }

  @Test
  void aTranslationNeedsAllThreeParts() {
    assertThatThrownBy(() -> CharterText.of("Carta", " ", "1. Firmar.", "es."))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("es.principles"));
  }
}
