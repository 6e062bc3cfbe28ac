package org.wops.domain.type;

import java.util.Objects;
import org.wops.domain.shared.Language;

/** A text in the platform's three languages (English, French, Spanish). */
public record Labels(String en, String fr, String es) {
  public Labels {
    Objects.requireNonNull(en, "the English text is required");
    fr = fr == null ? en : fr;
    es = es == null ? en : es;
  }

  public static Labels of(String en, String fr, String es) {
    return new Labels(en, fr, es);
  }

  public String in(Language language) {
    return switch (language) {
      case FR -> fr;
      case ES -> es;
      default -> en;
    };
  }
}
