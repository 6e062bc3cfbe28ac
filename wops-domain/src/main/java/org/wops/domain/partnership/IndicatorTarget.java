package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What an indicator should reach by the end of a year. */
@Embeddable
public class IndicatorTarget {
  @Column(name = "target_year", nullable = false)
  private int year;

  @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  protected IndicatorTarget() {
    // for JPA
  }

  IndicatorTarget(int year, BigDecimal value) {
    this.year = year;
    this.value = value;
  }

  public int year() {
    return year;
  }

  public BigDecimal value() {
    return value;
  }
}
