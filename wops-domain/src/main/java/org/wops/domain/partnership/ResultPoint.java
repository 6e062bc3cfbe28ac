package org.wops.domain.partnership;

import java.math.BigDecimal;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;
import org.wops.domain.shared.Texts;

/**
 * One point of a result's indicator — its baseline, its target or its actual — as the sources give
 * it: a number (in the indicator's unit) or words ("plan drafted", "accreditation obtained") or
 * both, and the date at its precision ("2012", "2014-06"). Immutable.
 *
 * @param value the number, if the source gives one
 * @param note what the source says in words, if anything
 * @param dated when, at the precision the source gives, if known
 */
public record ResultPoint(BigDecimal value, String note, PartialDate dated) {
  /** The most characters a point's note holds. */
  public static final int NOTE_MAX = 500;

  /**
   * A point; refused (every broken rule at once, each naming {@code field}'s part) when it says
   * nothing (neither a number nor words), when its number does not fit, its note is too long or its
   * date is one no column keeps.
   *
   * @param field where the point stands in the caller's input ("results[0].indicator.baseline")
   */
  public static ResultPoint of(BigDecimal value, String note, PartialDate dated, String field) {
    RuleChecks checks = new RuleChecks();
    BigDecimal v =
        value == null ? null : checks.check(() -> Indicator.fitting(value, field + ".value"));
    String n =
        checks.check(
            () -> Texts.optional(note, "result.point.note", field + ".note", "A note", NOTE_MAX));
    checks.check(
        () -> {
          PartialDate.requireKept(dated, field + ".dated");
          return Boolean.TRUE;
        });
    if (value == null && (note == null || note.isBlank())) {
      checks.check(
          () -> {
            throw new DomainRuleViolation(
                "result.point.empty",
                field,
                "A baseline, target or actual states a number, words, or both.");
          });
    }
    checks.done();
    // the decimals as given ("1 250 000,50" stays 1250000.50), at most the column's four
    return new ResultPoint(Result.givenDecimals(v), n, dated);
  }

  public Optional<BigDecimal> number() {
    return Optional.ofNullable(value);
  }

  public Optional<String> words() {
    return Optional.ofNullable(note);
  }

  public Optional<PartialDate> date() {
    return Optional.ofNullable(dated);
  }
}
