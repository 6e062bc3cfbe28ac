package org.wops.api.support;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.wops.domain.shared.Language;

/**
 * The language an API client asked for: the {@code lang} query parameter, else Accept-Language,
 * else English.
 */
public final class RequestLanguage {
  private RequestLanguage() {}

  public static Language of(String lang, HttpHeaders headers) {
    if (lang != null && !lang.isBlank()) {
      return Language.of(Locale.forLanguageTag(lang.strip()));
    }
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        Language l = Language.of(locale);
        if (l != Language.EN || locale.getLanguage().equals("en")) {
          return l;
        }
      }
    }
    return Language.EN;
  }
}
