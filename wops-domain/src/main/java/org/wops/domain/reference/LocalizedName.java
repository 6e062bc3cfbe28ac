package org.wops.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.wops.domain.shared.Language;

/** A name in the platform's three languages. */
@Embeddable
public class LocalizedName {
  /** The most characters its column holds. */
  public static final int NAME_MAX = 200;

  @Column(name = "name_en", nullable = false, length = NAME_MAX)
  private String en;

  @Column(name = "name_fr", nullable = false, length = NAME_MAX)
  private String fr;

  @Column(name = "name_es", nullable = false, length = NAME_MAX)
  private String es;

  protected LocalizedName() {
    // for JPA
  }

  public LocalizedName(String en, String fr, String es) {
    this.en = en;
    this.fr = fr;
    this.es = es;
  }

  public String in(Language language) {
    return switch (language) {
      case FR -> fr;
      case ES -> es;
      default -> en;
    };
  }
}
