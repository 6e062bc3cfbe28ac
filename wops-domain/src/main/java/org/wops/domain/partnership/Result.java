package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

/**
 * A result a partnership reports (issue 16, item 7), as WOPs report them: a statement first
 * ("Réduction des pertes d’eau : ENRG de 39 % à 12 %", "Plan de certification ISO 17025"), its kind
 * (output, outcome, capacity change) and, when it is measured, an {@link ResultIndicator indicator}
 * with a baseline, a target and an actual at their dates' precision, with or without numbers. Shown
 * on the profile and exported to IATI. Immutable; a partnership's results are replaced as a list.
 */
@Embeddable
public class Result {
  public static final int STATEMENT_MAX = 1000;

  @Column(name = "statement", nullable = false, length = STATEMENT_MAX)
  private String statement;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ResultKind kind;

  @Column(name = "measured", nullable = false)
  private boolean measured;

  @Column(name = "indicator_title", length = ResultIndicator.TITLE_MAX)
  private String indicatorTitle;

  @Column(name = "unit", length = ResultIndicator.UNIT_MAX)
  private String unit;

  @Column(name = "baseline_value", precision = 19, scale = 4)
  private BigDecimal baselineValue;

  /** The decimals the number was given with ("1250000.50": 2), which the column's four hide. */
  @Column(name = "baseline_scale")
  private Short baselineScale;

  @Column(name = "baseline_note", length = ResultPoint.NOTE_MAX)
  private String baselineNote;

  @Column(name = "baseline_date")
  private LocalDate baselineDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "baseline_precision", length = 5)
  private PartialDate.Precision baselinePrecision;

  @Column(name = "target_value", precision = 19, scale = 4)
  private BigDecimal targetValue;

  /** The decimals the number was given with ("1250000.50": 2), which the column's four hide. */
  @Column(name = "target_scale")
  private Short targetScale;

  @Column(name = "target_note", length = ResultPoint.NOTE_MAX)
  private String targetNote;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_precision", length = 5)
  private PartialDate.Precision targetPrecision;

  @Column(name = "actual_value", precision = 19, scale = 4)
  private BigDecimal actualValue;

  /** The decimals the number was given with ("1250000.50": 2), which the column's four hide. */
  @Column(name = "actual_scale")
  private Short actualScale;

  @Column(name = "actual_note", length = ResultPoint.NOTE_MAX)
  private String actualNote;

  @Column(name = "actual_date")
  private LocalDate actualDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "actual_precision", length = 5)
  private PartialDate.Precision actualPrecision;

  protected Result() {
    // for JPA
  }

  /**
   * A result; refused (every broken rule at once) without a statement or a kind, or with a
   * statement longer than {@link #STATEMENT_MAX}.
   *
   * @param indicator how it is measured, or null
   * @param field where it stands in the caller's input ("results[1]"), for the messages
   */
  public Result(String statement, ResultKind kind, ResultIndicator indicator, String field) {
    RuleChecks checks = new RuleChecks();
    String s =
        checks.check(
            () ->
                Texts.required(
                    statement,
                    "result.statement",
                    field + ".statement",
                    "A result’s statement",
                    STATEMENT_MAX));
    checks.check(
        () ->
            Texts.required(
                kind,
                "result.kind",
                field + ".kind",
                "A result’s kind (output, outcome or capacity change) is required."));
    checks.done();
    this.statement = s;
    this.kind = kind;
    if (indicator != null) {
      this.measured = true;
      this.indicatorTitle = indicator.title();
      this.unit = indicator.unit();
      ResultPoint b = indicator.baseline();
      if (b != null) {
        baselineValue = b.value();
        baselineScale = scaleOf(b.value());
        baselineNote = b.note();
        baselineDate = b.dated() == null ? null : b.dated().first();
        baselinePrecision = b.dated() == null ? null : b.dated().precision();
      }
      ResultPoint t = indicator.target();
      if (t != null) {
        targetValue = t.value();
        targetScale = scaleOf(t.value());
        targetNote = t.note();
        targetDate = t.dated() == null ? null : t.dated().first();
        targetPrecision = t.dated() == null ? null : t.dated().precision();
      }
      ResultPoint a = indicator.actual();
      if (a != null) {
        actualValue = a.value();
        actualScale = scaleOf(a.value());
        actualNote = a.note();
        actualDate = a.dated() == null ? null : a.dated().first();
        actualPrecision = a.dated() == null ? null : a.dated().precision();
      }
    }
  }

  /**
   * Refuses (rule 6, {@code dates.actual-in-future}) an actual or a baseline dated in a period that
   * has not begun by {@code today}: what was measured has happened.
   */
  void requireHappenedBy(LocalDate today, String field) {
    indicator()
        .ifPresent(
            i -> {
              for (String which : new String[] {"baseline", "actual"}) {
                ResultPoint p = which.equals("baseline") ? i.baseline() : i.actual();
                if (p != null) {
                  Partnership.requireNotFuture(
                      p.dated(), today, field + ".indicator." + which + ".dated");
                }
              }
            });
  }

  public String statement() {
    return statement;
  }

  public ResultKind kind() {
    return kind;
  }

  /** How it is measured, if it is. */
  public Optional<ResultIndicator> indicator() {
    if (!measured) {
      return Optional.empty();
    }
    return Optional.of(
        new ResultIndicator(
            indicatorTitle,
            unit,
            point(baselineValue, baselineScale, baselineNote, baselineDate, baselinePrecision),
            point(targetValue, targetScale, targetNote, targetDate, targetPrecision),
            point(actualValue, actualScale, actualNote, actualDate, actualPrecision)));
  }

  private static ResultPoint point(
      BigDecimal value, Short scale, String note, LocalDate date, PartialDate.Precision precision) {
    return value == null && note == null && date == null
        ? null
        : new ResultPoint(
            value == null || scale == null ? plain(value) : asGiven(value, scale),
            note,
            PartialDate.stored(date, precision));
  }

  /** The decimals a number was given with (none for a whole number). */
  private static Short scaleOf(BigDecimal value) {
    return value == null ? null : (short) Math.max(0, value.scale());
  }

  /** The stored number with the decimals it was given with ("1250000.50", not "1250000.5"). */
  private static BigDecimal asGiven(BigDecimal value, short scale) {
    BigDecimal plain = plain(value);
    return plain.scale() > scale ? plain : plain.setScale(scale);
  }

  /**
   * A number as it was given: the column's four decimals do not add zeros ("39", not "39.0000").
   */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * A number with the decimals it was given with, zeros too ("12.50"), but no more than the column
   * keeps (trailing zeros past them dropped) and no exponent ("1E+3" is 1000).
   */
  static BigDecimal givenDecimals(BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (value.scale() < 0) {
      return value.setScale(0);
    }
    return value.scale() > Indicator.VALUE_DECIMALS ? plain(value) : value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Result r
        && statement.equals(r.statement)
        && kind == r.kind
        && indicator().equals(r.indicator());
  }

  @Override
  public int hashCode() {
    return Objects.hash(statement, kind, indicator());
  }
}
