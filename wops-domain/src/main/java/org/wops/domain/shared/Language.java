package org.wops.domain.shared;

import java.util.Locale;

/** The languages the platform speaks: pages, mails and reference lists come in each. */
public enum Language {
  EN,
  FR,
  ES;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }

  /** The language of a locale, English when the platform does not speak it. */
  public static Language of(Locale locale) {
    if (locale != null) {
      for (Language l : values()) {
        if (l.locale().getLanguage().equals(locale.getLanguage())) {
          return l;
        }
      }
    }
    return EN;
  }
}
