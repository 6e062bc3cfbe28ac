package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One translation of a partnership's text (its title or objectives) into one of the platform's
 * languages, as stored; the rules are {@link org.wops.domain.shared.TextLanguage}'s. Immutable.
 */
@Embeddable
public class Translation {
  @Column(name = "field", nullable = false, length = 20)
  private String field;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Column(name = "text", nullable = false, length = Partnership.TEXT_MAX)
  private String text;

  protected Translation() {
    // JPA
  }

  Translation(String field, String language, String text) {
    this.field = Objects.requireNonNull(field, "field is required");
    this.language = Objects.requireNonNull(language, "language is required");
    this.text = Objects.requireNonNull(text, "text is required");
  }

  String field() {
    return field;
  }

  String language() {
    return language;
  }

  String text() {
    return text;
  }
}
