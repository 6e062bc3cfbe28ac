package org.wops.domain.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.wops.domain.reference.Kpi;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.Texts;

/**
 * An outcome KPI followed by one partnership: the KPI of the reference list and its unit, the
 * baseline (value and date), yearly targets, and the actual values reported over time. Every value
 * is in the KPI's unit; the baseline's and the values' dates keep the precision they were given (a
 * year, a month or a day).
 */
@Entity
@Table(name = "indicators")
public class Indicator extends PartnershipPart {
  /** The most characters its column holds. */
  public static final int UNIT_MAX = 40;

  @Column(name = "kpi_code", nullable = false, length = org.wops.domain.reference.Kpi.CODE_MAX)
  private String kpiCode;

  @Column(name = "unit", nullable = false, length = UNIT_MAX)
  private String unit;

  @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
  private BigDecimal baselineValue;

  @Column(name = "baseline_date", nullable = false)
  private LocalDate baselineDate;

  /** How much of the baseline's date is known (null in rows older than V31: to the day). */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "baseline_precision", length = 5)
  private PartialDate.Precision baselinePrecision;

  @ElementCollection
  @CollectionTable(name = "indicator_targets", joinColumns = @JoinColumn(name = "indicator_id"))
  @OrderBy("year")
  private List<IndicatorTarget> targets = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "indicator_values", joinColumns = @JoinColumn(name = "indicator_id"))
  @OrderBy("measuredOn")
  private List<IndicatorValue> actuals = new ArrayList<>();

  protected Indicator() {
    // for JPA
  }

  Indicator(
      Partnership partnership,
      Kpi kpi,
      BigDecimal baselineValue,
      PartialDate baselineDate,
      LocalDate today) {
    super(partnership);
    Objects.requireNonNull(kpi, "kpi is required");
    this.kpiCode = kpi.code();
    this.unit = kpi.unit();
    this.baselineValue =
        fitting(
            Texts.required(
                baselineValue,
                "indicator.baseline",
                "baselineValue",
                "The baseline value is required."),
            "baselineValue");
    Texts.required(
        baselineDate, "indicator.baselineDate", "baselineDate", "The baseline date is required.");
    PartialDate.requireKept(baselineDate, "baselineDate");
    Partnership.requireNotFuture(baselineDate, today, "baselineDate");
    this.baselineDate = baselineDate.first();
    this.baselinePrecision = baselineDate.precision();
  }

  void setTarget(int year, BigDecimal value) {
    fitting(
        Texts.required(value, "indicator.target", "value", "The target value is required."),
        "value");
    if (year < baselineDate.getYear()) {
      throw new DomainRuleViolation(
          "indicator.target.before-baseline",
          "year",
          "A target year cannot be before the baseline (" + baselineDate.getYear() + ").",
          String.valueOf(baselineDate.getYear()));
    }
    targets.removeIf(t -> t.year() == year);
    targets.add(new IndicatorTarget(year, value));
    targets.sort(Comparator.comparingInt(IndicatorTarget::year));
  }

  /** Digits a KPI value keeps before the decimal point and after it (numeric(19, 4) columns). */
  static final int VALUE_INTEGER_DIGITS = 15;

  static final int VALUE_DECIMALS = 4;

  /**
   * A baseline, target or measured value as its column keeps it: one with more decimals would be
   * rounded by the database, a larger one refused by it (a 500); both are refused here, naming the
   * field.
   */
  static BigDecimal fitting(BigDecimal value, String field) {
    if (value.stripTrailingZeros().scale() > VALUE_DECIMALS) {
      throw new DomainRuleViolation(
          "indicator.value.precision",
          field,
          "A KPI value has at most " + VALUE_DECIMALS + " decimals.",
          VALUE_DECIMALS);
    }
    if (value.precision() - value.scale() > VALUE_INTEGER_DIGITS) {
      throw new DomainRuleViolation(
          "indicator.value.too-large",
          field,
          "A KPI value has at most " + VALUE_INTEGER_DIGITS + " digits before the decimal point.",
          VALUE_INTEGER_DIGITS);
    }
    return value;
  }

  /** Records an actual value, refusing one given in another unit than the KPI's (rule 7). */
  void recordActual(
      PartialDate measuredOn,
      BigDecimal value,
      String valueUnit,
      String reportedBy,
      OffsetDateTime reportedAt,
      LocalDate today) {
    if (valueUnit != null && !valueUnit.strip().equals(unit)) {
      throw new DomainRuleViolation(
          "indicator.unit.mismatch",
          "unit",
          "This indicator (" + kpiCode + ") is measured in " + unit + ", not in " + valueUnit + ".",
          kpiCode,
          unit,
          valueUnit);
    }
    fitting(Texts.required(value, "indicator.value", "value", "The value is required."), "value");
    Texts.required(
        measuredOn, "indicator.measuredOn", "measuredOn", "The date of the measure is required.");
    PartialDate.requireKept(measuredOn, "measuredOn");
    Partnership.requireNotFuture(measuredOn, today, "measuredOn");
    // compared as the periods they name: a value of "2014" is not before a baseline of June 2014
    if (measuredOn.endsBefore(baselineDate())) {
      throw new DomainRuleViolation(
          "indicator.value.before-baseline",
          "measuredOn",
          "A value cannot be measured before the baseline date (" + baselineDate() + ").",
          baselineDate());
    }
    actuals.add(
        new IndicatorValue(
            measuredOn,
            value,
            Texts.required(reportedBy, "indicator.reportedBy", "reportedBy", "Who reports", 200),
            reportedAt));
    actuals.sort(Comparator.comparing(IndicatorValue::measuredOn));
  }

  public String kpiCode() {
    return kpiCode;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal baselineValue() {
    return baselineValue;
  }

  /** The baseline's date at the precision it was given ("2012", "2014-06", "2014-06-15"). */
  public PartialDate baselineDate() {
    return PartialDate.stored(baselineDate, baselinePrecision);
  }

  public List<IndicatorTarget> targets() {
    return List.copyOf(targets);
  }

  public List<IndicatorValue> actuals() {
    return List.copyOf(actuals);
  }
}
