package org.wops.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wops.domain.shared.Language;

/** A field in which partners work together, such as non-revenue water or billing and collection. */
@Entity
@Cacheable
@Table(name = "working_areas")
public class WorkingArea {
  /** The most characters its column holds. */
  public static final int CODE_MAX = 40;

  @Id
  @Column(name = "code", length = CODE_MAX)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "position", nullable = false)
  private int position;

  protected WorkingArea() {
    // for JPA
  }

  public WorkingArea(String code, LocalizedName name, int position) {
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public String code() {
    return code;
  }

  public String name(Language language) {
    return name.in(language);
  }

  public int position() {
    return position;
  }
}
