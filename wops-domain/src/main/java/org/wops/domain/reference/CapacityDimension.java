package org.wops.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wops.domain.shared.Language;

/**
 * A dimension of capacity whose change a WOP assesses, such as leadership or knowledge and skills.
 */
@Entity
@Cacheable
@Table(name = "capacity_dimensions")
public class CapacityDimension {
  /** The most characters its column holds. */
  public static final int CODE_MAX = 40;

  /** The level a dimension belongs to. */
  public enum Level {
    TRANSFORMATIONAL,
    TRANSACTIONAL,
    INDIVIDUAL
  }

  @Id
  @Column(name = "code", length = CODE_MAX)
  private String code;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 20)
  private Level level;

  @Column(name = "position", nullable = false)
  private int position;

  protected CapacityDimension() {
    // for JPA
  }

  public String code() {
    return code;
  }

  public String name(Language language) {
    return name.in(language);
  }

  public Level level() {
    return level;
  }
}
