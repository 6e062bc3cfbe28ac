package org.wops.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextLanguageTest {
  private static final String KISUMU = "Réduction des pertes d’eau à Kisumu – phase 2";
  private static final String TEGUCIGALPA = "Reducción de agua no contabilizada en Tegucigalpa";
  private static final String MAPUTO = "Redução de perdas em Maputo";

  private static List<String> codes(Runnable r) {
    try {
      r.run();
    } catch (DomainRuleViolation v) {
      return v.withOthers().stream().map(x -> x.code() + "@" + x.field()).toList();
    }
    throw new AssertionError("no violation");
  }

  @Test
  void aFrenchTitleWithASpanishAndAnEnglishTranslationIsKeptWithCodesInLowerCase() {
    TextLanguage t =
        new TextLanguage(
                " FR ",
                Map.of("ES", "Reducción de pérdidas de agua en Kisumu – fase 2", "en", " Kisumu "))
            .checked("title", "The title", 300);
    assertThat(t.language()).isEqualTo("fr");
    assertThat(t.translations())
        .containsExactly(
            Map.entry("en", "Kisumu"),
            Map.entry("es", "Reducción de pérdidas de agua en Kisumu – fase 2"));
  }

  @Test
  void portugueseIsALanguageOfTheContentThoughThePlatformDoesNotSpeakIt() {
    TextLanguage t =
        new TextLanguage("pt", Map.of("en", "Loss reduction in Maputo"))
            .checked("title", "The title", 300);
    assertThat(t.declared()).contains("pt");
  }

  @Test
  void aCodeThatIsNoIso639LanguageIsRefusedNamingTheField() {
    assertThat(codes(() -> TextLanguage.of("xx").checked("title", "The title", 300)))
        .containsExactly("text.language.unknown@titleLanguage");
    assertThat(codes(() -> TextLanguage.of("fra").checked("objectives", "The objectives", 300)))
        .containsExactly("text.language.unknown@objectivesLanguage");
    assertThat(codes(() -> TextLanguage.of("fr-FR").checked("title", "The title", 300)))
        .containsExactly("text.language.unknown@titleLanguage");
  }

  @Test
  void aTranslationIntoTheOriginalsLanguageIsRefused() {
    assertThat(
            codes(
                () ->
                    new TextLanguage("es", Map.of("es", TEGUCIGALPA))
                        .checked("title", "The title", 300)))
        .containsExactly("text.translation.original-language@titleTranslations.es");
  }

  @Test
  void translationsAreIntoThePlatformsLanguagesOnly() {
    assertThat(
            codes(
                () ->
                    new TextLanguage("fr", Map.of("pt", MAPUTO))
                        .checked("title", "The title", 300)))
        .containsExactly("text.translation.not-platform-language@titleTranslations.pt");
    assertThat(
            codes(
                () -> new TextLanguage("fr", Map.of("zz", "x")).checked("title", "The title", 300)))
        .containsExactly("text.language.unknown@titleTranslations.zz");
  }

  @Test
  void aTranslationNeedsTheOriginalsLanguageDeclared() {
    assertThat(
            codes(
                () ->
                    new TextLanguage(null, Map.of("en", "Loss reduction in Kisumu"))
                        .checked("title", "The title", 300)))
        .containsExactly("text.translation.undeclared-original@titleLanguage");
  }

  @Test
  void aTranslationIsAtMostTheFieldsLimitAndNotBlank() {
    assertThat(
            codes(
                () ->
                    new TextLanguage("fr", Map.of("es", "x".repeat(301), "en", " "))
                        .checked("title", "The title", 300)))
        .containsExactlyInAnyOrder(
            "text.translation.too-long@titleTranslations.es",
            "text.translation.required@titleTranslations.en");
    assertThat(
            new TextLanguage("fr", Map.of("es", "x".repeat(300)))
                .checked("title", "The title", 300)
                .translations())
        .containsKey("es");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThat(
            codes(
                () ->
                    new TextLanguage("qq", Map.of("de", "Wasser", "es", ""))
                        .checked("title", "The title", 300)))
        .hasSize(3);
  }

  @Test
  void theReaderGetsTheirTranslationElseTheOriginalMarkedWithItsLanguage() {
    WrittenText kisumu =
        new WrittenText(
            KISUMU,
            new TextLanguage(
                "fr", Map.of("es", "Reducción de pérdidas de agua en Kisumu – fase 2")));
    assertThat(kisumu.shownTo(Language.FR))
        .isEqualTo(new WrittenText.Shown(KISUMU, "fr", false, false));
    assertThat(kisumu.shownTo(Language.ES))
        .isEqualTo(
            new WrittenText.Shown(
                "Reducción de pérdidas de agua en Kisumu – fase 2", "es", true, false));
    assertThat(kisumu.shownTo(Language.EN))
        .isEqualTo(new WrittenText.Shown(KISUMU, "fr", false, true));
  }

  @Test
  void anUndeclaredLanguageIsShownUnmarkedAndNeverClaimedEnglish() {
    WrittenText old = new WrittenText(TEGUCIGALPA, TextLanguage.undeclared());
    assertThat(old.shownTo(Language.EN))
        .isEqualTo(new WrittenText.Shown(TEGUCIGALPA, null, false, false));
  }
}
