package org.wops.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A text of the content as written, with its {@link TextLanguage language and translations}: what a
 * reader of one of the platform's languages is shown is their translation when there is one, else
 * the original, marked as being in another language when its language is declared and is not the
 * reader's.
 */
public record WrittenText(String text, TextLanguage language) {
  public WrittenText {
    Objects.requireNonNull(text, "text is required");
    language = language == null ? TextLanguage.undeclared() : language;
  }

  /** What a reader of {@code reader} sees. */
  public Shown shownTo(Language reader) {
    String code = reader.locale().getLanguage();
    Optional<String> original = language.declared();
    if (original.isPresent() && original.get().equals(code)) {
      return new Shown(text, code, false, false);
    }
    String translation = language.translations().get(code);
    if (translation != null) {
      return new Shown(translation, code, true, false);
    }
    return new Shown(text, original.orElse(null), false, original.isPresent());
  }

  /**
   * A text as shown: the text, its language ({@code null} when undeclared), whether it is a
   * translation, and whether it is marked as being in another language than the reader's (only when
   * its language is declared: an undeclared one is not marked).
   */
  public record Shown(String text, String language, boolean translation, boolean otherLanguage) {}
}
