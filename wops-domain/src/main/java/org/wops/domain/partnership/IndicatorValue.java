package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A value of an indicator actually measured on a date (at its precision), and who reported it when.
 */
@Embeddable
public class IndicatorValue {
  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  /** How much of the date is known (null in rows older than V31: to the day). */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "measured_precision", length = 5)
  private org.wops.domain.shared.PartialDate.Precision measuredPrecision;

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
      org.wops.domain.shared.PartialDate measuredOn,
      BigDecimal value,
      String reportedBy,
      OffsetDateTime reportedAt) {
    this.measuredOn = measuredOn.first();
    this.measuredPrecision = measuredOn.precision();
    this.value = value;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  /** When it was measured, at the precision given ("2016", "2016-06", "2016-06-30"). */
  public org.wops.domain.shared.PartialDate measuredOn() {
    return org.wops.domain.shared.PartialDate.stored(measuredOn, measuredPrecision);
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
