package org.wops.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.Result;
import org.wops.domain.partnership.ResultIndicator;
import org.wops.domain.partnership.ResultKind;
import org.wops.domain.partnership.ResultPoint;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RuleChecks;

/**
 * A result a partnership reports, as a client gives it: a statement, its kind and, when measured,
 * an indicator whose baseline, target and actual each carry a number, words or both, and a date at
 * its precision ({@code "2012"}, {@code "2014-06"}, {@code "2014-06-15"}).
 */
public class ResultInput {
  @NotBlank(message = "is required")
  @Size(max = Result.STATEMENT_MAX, message = "can be at most {max} characters")
  public String statement;

  @NotNull(message = "is required (OUTPUT, OUTCOME or CAPACITY_CHANGE)")
  @OneOf(ResultKind.class)
  public String kind;

  @Valid public IndicatorInput indicator;

  /** How the result is measured. */
  public static class IndicatorInput {
    @Size(max = ResultIndicator.TITLE_MAX, message = "can be at most {max} characters")
    public String title;

    @Size(max = ResultIndicator.UNIT_MAX, message = "can be at most {max} characters")
    public String unit;

    @Valid public PointInput baseline;

    @Valid public PointInput target;

    @Valid public PointInput actual;
  }

  /** A baseline, target or actual: a number, words or both, and when. */
  public static class PointInput {
    public BigDecimal value;

    @Size(max = ResultPoint.NOTE_MAX, message = "can be at most {max} characters")
    public String note;

    public PartialDate dated;
  }

  /** The results of a partnership (the whole list, in order). */
  public static class Results {
    @NotNull(message = "is required (an empty list removes every result)")
    @Size(max = Partnership.PARTS_MAX, message = "can list at most {max} results")
    @Valid
    public List<ResultInput> results;
  }

  /** The results, every broken rule of every one refused at once, each naming its field. */
  static List<Result> toResults(List<ResultInput> inputs) {
    List<Result> results = new ArrayList<>();
    if (inputs == null) {
      return results;
    }
    RuleChecks checks = new RuleChecks();
    for (int i = 0; i < inputs.size(); i++) {
      ResultInput r = inputs.get(i);
      String field = "results[" + i + "]";
      Result made = checks.check(() -> made(r, field, checks));
      results.add(made);
    }
    checks.done();
    return results;
  }

  private static Result made(ResultInput r, String field, RuleChecks checks) {
    ResultIndicator indicator = null;
    if (r.indicator != null) {
      IndicatorInput in = r.indicator;
      String at = field + ".indicator";
      ResultPoint baseline = checks.check(() -> point(in.baseline, at + ".baseline"));
      ResultPoint target = checks.check(() -> point(in.target, at + ".target"));
      ResultPoint actual = checks.check(() -> point(in.actual, at + ".actual"));
      if (!checks.refusedUnder(at)) {
        indicator = ResultIndicator.of(in.title, in.unit, baseline, target, actual, at);
      }
    }
    return new Result(
        r.statement, r.kind == null ? null : ResultKind.valueOf(r.kind), indicator, field);
  }

  private static ResultPoint point(PointInput p, String field) {
    return p == null ? null : ResultPoint.of(p.value, p.note, p.dated, field);
  }
}
