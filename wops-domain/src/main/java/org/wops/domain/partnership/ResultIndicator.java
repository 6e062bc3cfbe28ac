package org.wops.domain.partnership;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

/**
 * How a result is measured, when it is: what is measured ("Eau non facturée"), in which unit ("%"),
 * and its baseline, target and actual, each optional. An indicator is quantitative (every point it
 * states has a number: "NRW from 39 % to 12 %") or qualitative (none has: "certification plan
 * drafted", "accreditation obtained"), never half of each — IATI measures an indicator one way.
 * Immutable.
 *
 * @param title what is measured; the result's statement stands for it when absent
 * @param unit the unit of its numbers ("%", "m³/day"), if any
 */
public record ResultIndicator(
    String title, String unit, ResultPoint baseline, ResultPoint target, ResultPoint actual) {
  public static final int TITLE_MAX = 300;
  public static final int UNIT_MAX = 40;

  /**
   * An indicator; refused (every broken rule at once) when its texts are too long, when it mixes
   * points with and without numbers, or when its target or actual ends before its baseline begins.
   *
   * @param field where it stands in the caller's input ("results[0].indicator")
   */
  public static ResultIndicator of(
      String title,
      String unit,
      ResultPoint baseline,
      ResultPoint target,
      ResultPoint actual,
      String field) {
    RuleChecks checks = new RuleChecks();
    String t =
        checks.check(
            () ->
                Texts.optional(
                    title,
                    "result.indicator.title",
                    field + ".title",
                    "An indicator's title",
                    TITLE_MAX));
    String u =
        checks.check(
            () ->
                Texts.optional(unit, "result.indicator.unit", field + ".unit", "A unit", UNIT_MAX));
    ResultIndicator i = new ResultIndicator(t, u, baseline, target, actual);
    long withNumber = i.points().filter(p -> p.value() != null).count();
    if (withNumber > 0 && withNumber < i.points().count()) {
      checks.check(
          () -> {
            throw new DomainRuleViolation(
                "result.indicator.mixed",
                field,
                "An indicator’s baseline, target and actual all state a number, or none does"
                    + " (a qualitative indicator).");
          });
    }
    if (baseline != null && baseline.dated() != null) {
      for (String which : new String[] {"target", "actual"}) {
        ResultPoint p = which.equals("target") ? target : actual;
        if (p != null && p.dated() != null && p.dated().endsBefore(baseline.dated())) {
          checks.check(
              () -> {
                throw new DomainRuleViolation(
                    "result.indicator.before-baseline",
                    field + "." + which + ".dated",
                    "A target or actual cannot be dated before the baseline ("
                        + baseline.dated()
                        + ").",
                    baseline.dated().toString());
              });
        }
      }
    }
    checks.done();
    return i;
  }

  /** Whether its points are numbers (false: qualitative, or no point at all). */
  public boolean quantitative() {
    return points().anyMatch(p -> p.value() != null);
  }

  public Optional<String> titleGiven() {
    return Optional.ofNullable(title);
  }

  public Optional<String> unitGiven() {
    return Optional.ofNullable(unit);
  }

  /** The points it states, baseline first. */
  Stream<ResultPoint> points() {
    return Stream.of(baseline, target, actual).filter(Objects::nonNull);
  }
}
