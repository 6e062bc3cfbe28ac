package org.wops.domain.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.Language;

/**
 * One published version of the Charter: its number (1, 2, 3...), and its title, guiding principles
 * and code of conduct in English and, when published, in French and Spanish. The current version is
 * the one with the highest number; publishing a new one makes endorsements of older versions stale
 * for partnerships that have not been agreed yet.
 */
@Entity
@Table(name = "charter_versions")
public class CharterVersion {
  /** The most characters its column holds. */
  public static final int TITLE_MAX = 200;

  /** The most characters its column holds. */
  public static final int TEXT_MAX = 100000;

  @Id
  @Column(name = "number")
  private int number;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "principles", nullable = false, length = TEXT_MAX)
  private String principles;

  @Column(name = "code_of_conduct", nullable = false, length = TEXT_MAX)
  private String codeOfConduct;

  @Column(name = "title_fr", length = TITLE_MAX)
  private String titleFr;

  @Column(name = "principles_fr", length = TEXT_MAX)
  private String principlesFr;

  @Column(name = "code_of_conduct_fr", length = TEXT_MAX)
  private String codeOfConductFr;

  @Column(name = "title_es", length = TITLE_MAX)
  private String titleEs;

  @Column(name = "principles_es", length = TEXT_MAX)
  private String principlesEs;

  @Column(name = "code_of_conduct_es", length = TEXT_MAX)
  private String codeOfConductEs;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 120)
  private String publishedBy;

  protected CharterVersion() {
    // for JPA
  }

  CharterVersion(
      int number,
      CharterText english,
      CharterText french,
      CharterText spanish,
      String publishedBy,
      OffsetDateTime publishedAt) {
    this.number = number;
    CharterText en = Objects.requireNonNull(english, "the English text is required");
    this.title = en.title();
    this.principles = en.principles();
    this.codeOfConduct = en.codeOfConduct();
    if (french != null) {
      this.titleFr = french.title();
      this.principlesFr = french.principles();
      this.codeOfConductFr = french.codeOfConduct();
    }
    if (spanish != null) {
      this.titleEs = spanish.title();
      this.principlesEs = spanish.principles();
      this.codeOfConductEs = spanish.codeOfConduct();
    }
    this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy is required");
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt is required");
  }

  /**
   * The version that follows {@code current} (or the first one when there is none), in English and
   * in the translations given ({@code null}: none in that language).
   */
  public static CharterVersion next(
      CharterVersion current,
      CharterText english,
      CharterText french,
      CharterText spanish,
      String publishedBy,
      OffsetDateTime publishedAt) {
    int number = current == null ? 1 : current.number + 1;
    return new CharterVersion(number, english, french, spanish, publishedBy, publishedAt);
  }

  /** The text in a language, if the version has it (English always). */
  public Optional<CharterText> text(Language language) {
    return switch (language) {
      case EN -> Optional.of(new CharterText(title, principles, codeOfConduct));
      case FR ->
          Optional.ofNullable(titleFr).map(t -> new CharterText(t, principlesFr, codeOfConductFr));
      case ES ->
          Optional.ofNullable(titleEs).map(t -> new CharterText(t, principlesEs, codeOfConductEs));
    };
  }

  /** The text a reader of {@code language} sees: theirs, or the English one when it is missing. */
  public CharterReading readIn(Language language) {
    return text(language)
        .map(t -> new CharterReading(t, language, language))
        .orElseGet(
            () -> new CharterReading(text(Language.EN).orElseThrow(), Language.EN, language));
  }

  /** The languages the version's text is published in, English first. */
  public List<Language> languages() {
    return java.util.Arrays.stream(Language.values()).filter(l -> text(l).isPresent()).toList();
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String principles() {
    return principles;
  }

  public String codeOfConduct() {
    return codeOfConduct;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }
}
