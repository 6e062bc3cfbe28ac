package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A value of an indicator actually measured on a date, and who reported it when. */
@Embeddable
public class IndicatorValue {
  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  @Column(name = "actual_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal value;

  @Column(name = "reported_by", nullable = false, length = 200)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private OffsetDateTime reportedAt;

  protected IndicatorValue() {
    // for JPA
  }

  IndicatorValue(
      LocalDate measuredOn, BigDecimal value, String reportedBy, OffsetDateTime reportedAt) {
    this.measuredOn = measuredOn;
    this.value = value;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  public LocalDate measuredOn() {
    return measuredOn;
  }

  public BigDecimal value() {
    return value;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }
}
