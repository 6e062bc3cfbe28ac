package org.wops.domain.shared;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The language a text of the content is written in (issue 16, item 10) — a title in French, an
 * objective in Portuguese — and its translations into the platform's languages. The language is an
 * ISO 639-1 code ("fr", "pt"; any language ISO 639 knows, not only the platform's), or undeclared:
 * text stored before languages were recorded, or written by someone who did not say. Nobody's
 * undeclared text is claimed to be English. A translation is into one of the platform's languages
 * (en, fr, es: those a reader can ask for), never into the original's own, and needs the original's
 * language declared. Immutable; {@link #checked} applies the rules.
 */
public record TextLanguage(String language, Map<String, String> translations) {
  /** The most characters a language code holds in storage. */
  public static final int CODE_MAX = 8;

  /** The most translations of one text: one per other language of the platform. */
  public static final int TRANSLATIONS_MAX = 3;

  private static final Set<String> ISO_639 = Set.of(Locale.getISOLanguages());

  public TextLanguage {
    language = language == null || language.isBlank() ? null : language.strip();
    translations =
        translations == null || translations.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(translations));
  }

  /** Language undeclared, no translations. */
  public static TextLanguage undeclared() {
    return new TextLanguage(null, Map.of());
  }

  /** A text written in {@code language}, without translations. */
  public static TextLanguage of(String language) {
    return new TextLanguage(language, Map.of());
  }

  /** The declared language, if any. */
  public Optional<String> declared() {
    return Optional.ofNullable(language);
  }

  /**
   * This language and these translations after the rules, codes in lower case and translations
   * stripped: {@code field} is the text's field ({@code title}), its language is {@code
   * <field>Language}, a translation {@code <field>Translations.<code>}; each translation at most
   * {@code max} characters, like the text. Every broken rule is reported at once.
   */
  public TextLanguage checked(String field, String label, int max) {
    RuleChecks checks = new RuleChecks();
    String original =
        language == null ? null : checks.check(() -> code(language, field + "Language"));
    Map<String, String> kept = new TreeMap<>();
    translations.forEach(
        (code, text) -> {
          String f = field + "Translations." + code;
          String c = checks.check(() -> platformLanguage(code, f));
          if (c == null) {
            return;
          }
          if (language == null) {
            checks.check(
                () -> {
                  throw new DomainRuleViolation(
                      "text.translation.undeclared-original",
                      field + "Language",
                      label + " has translations: say which language it is written in.");
                });
            return;
          }
          if (c.equals(original)) {
            checks.check(
                () -> {
                  throw new DomainRuleViolation(
                      "text.translation.original-language",
                      f,
                      "A translation is into another language than the original (" + c + ").",
                      c);
                });
            return;
          }
          String t =
              checks.check(() -> Texts.required(text, "text.translation", f, "A translation", max));
          if (t != null && kept.put(c, t) != null) {
            checks.check(
                () -> {
                  throw new DomainRuleViolation(
                      "text.translation.duplicate",
                      f,
                      "There is one translation per language (" + c + ").",
                      c);
                });
          }
        });
    checks.done();
    return new TextLanguage(original, kept);
  }

  /** A known ISO 639-1 code, in lower case; refused naming {@code field} otherwise. */
  public static String code(String value, String field) {
    String c = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (c.length() != 2 || !ISO_639.contains(c)) {
      throw new DomainRuleViolation(
          "text.language.unknown",
          field,
          "“" + value + "” is not an ISO 639-1 language code (such as en, fr, es or pt).",
          value);
    }
    return c;
  }

  private static String platformLanguage(String value, String field) {
    String c = code(value, field);
    for (Language l : Language.values()) {
      if (l.locale().getLanguage().equals(c)) {
        return c;
      }
    }
    throw new DomainRuleViolation(
        "text.translation.not-platform-language",
        field,
        "Translations are into the platform’s languages (en, fr, es), not " + c + ".",
        c);
  }
}
