package org.wops.domain.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * Another name an operator is known by: a name it had before it was renamed (FORMER), or another
 * name it goes by now, such as its name in the local language or a spelling variant (ALTERNATIVE),
 * optionally with the language it is in (ISO 639-1 or 639-3, lower case: "fr", "vi"). Search and
 * the duplicate check find an operator by any of its names.
 */
@Embeddable
public class OtherName {
  public static final int LANGUAGE_MAX = 3;

  /** Whether the operator was called so before, or is also called so. */
  public enum Kind {
    FORMER,
    ALTERNATIVE
  }

  @Column(name = "name", nullable = false, length = Operator.NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 12)
  private Kind kind;

  @Column(name = "language", length = LANGUAGE_MAX)
  private String language;

  protected OtherName() {
    // for JPA
  }

  /** A checked name: required, at most {@link Operator#NAME_MAX} characters; a kind; a language. */
  public OtherName(String name, Kind kind, String language) {
    this.name =
        Texts.required(
            name, "operator.otherNames.name", "otherNames.name", "The name", Operator.NAME_MAX);
    this.kind =
        Texts.required(
            kind,
            "operator.otherNames.kind",
            "otherNames.kind",
            "Say whether the name is FORMER or ALTERNATIVE.");
    String lang = language == null || language.isBlank() ? null : language.strip();
    if (lang != null && !lang.matches("[A-Za-z]{2,3}")) {
      throw new DomainRuleViolation(
          "operator.otherNames.language",
          "otherNames.language",
          "The language is an ISO 639 code of two or three letters, such as fr or vi.");
    }
    this.language = lang == null ? null : lang.toLowerCase(Locale.ROOT);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OtherName other
        && name.equals(other.name)
        && kind == other.kind
        && Objects.equals(language, other.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, language);
  }

  @Override
  public String toString() {
    return name + " (" + kind + (language == null ? "" : ", " + language) + ")";
  }
}
