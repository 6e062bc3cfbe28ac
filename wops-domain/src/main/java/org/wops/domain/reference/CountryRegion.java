package org.wops.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The region of a country, kept in the database (migration V9, the same list as {@link Region}) so
 * that searches and statistics by region are answered by SQL.
 */
@Entity
@Table(name = "country_regions")
public class CountryRegion {
  @Id
  @Column(name = "country_code", length = 2)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "region", nullable = false, length = 30)
  private Region region;

  protected CountryRegion() {
    // for JPA
  }

  public String code() {
    return code;
  }

  public Region region() {
    return region;
  }
}
