package org.wops.domain.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.wops.domain.shared.Texts;

/**
 * One published version of the Charter: its number (1, 2, 3...), title, guiding principles and code
 * of conduct. The current version is the one with the highest number; publishing a new one makes
 * endorsements of older versions stale for partnerships that have not been agreed yet.
 */
@Entity
@Table(name = "charter_versions")
public class CharterVersion {
  @Id
  @Column(name = "number")
  private int number;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "principles", nullable = false, length = 100_000)
  private String principles;

  @Column(name = "code_of_conduct", nullable = false, length = 100_000)
  private String codeOfConduct;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 120)
  private String publishedBy;

  protected CharterVersion() {
    // for JPA
  }

  CharterVersion(
      int number,
      String title,
      String principles,
      String codeOfConduct,
      String publishedBy,
      OffsetDateTime publishedAt) {
    this.number = number;
    this.title = Texts.required(title, "charter.title", "title", "The title", 200);
    this.principles =
        Texts.required(
            principles, "charter.principles", "principles", "The guiding principles", 100_000);
    this.codeOfConduct =
        Texts.required(
            codeOfConduct,
            "charter.codeOfConduct",
            "codeOfConduct",
            "The code of conduct",
            100_000);
    this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy is required");
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt is required");
  }

  /** The version that follows {@code current} (or the first one when there is none). */
  public static CharterVersion next(
      CharterVersion current,
      String title,
      String principles,
      String codeOfConduct,
      String publishedBy,
      OffsetDateTime publishedAt) {
    int number = current == null ? 1 : current.number + 1;
    return new CharterVersion(number, title, principles, codeOfConduct, publishedBy, publishedAt);
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
