package org.wops.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wops.domain.shared.Language;

/**
 * An outcome key performance indicator of the reference list, with the unit its values are
 * expressed in (for example non-revenue water in % of system input, or in m³/km/day: two KPIs,
 * since the units differ).
 */
@Entity
@Cacheable
@Table(name = "kpis")
public class Kpi {
  /** The most characters its column holds. */
  public static final int CODE_MAX = 40;

  /** The most characters its column holds. */
  public static final int UNIT_MAX = 40;

  @Id
  @Column(name = "code", length = CODE_MAX)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "unit", nullable = false, length = UNIT_MAX)
  private String unit;

  @Column(name = "position", nullable = false)
  private int position;

  protected Kpi() {
    // for JPA
  }

  public Kpi(String code, LocalizedName name, String unit) {
    this(code, name, unit, 0);
  }

  public Kpi(String code, LocalizedName name, String unit, int position) {
    this.code = code;
    this.name = name;
    this.unit = unit;
    this.position = position;
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public String name(Language language) {
    return name.in(language);
  }

  public String unit() {
    return unit;
  }
}
