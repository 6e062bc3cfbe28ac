package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/**
 * Results: the KPIs a partnership follows with their baselines, targets and measured values, and
 * the capacity-change assessments.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class ResultsTracking {
  public record DefineIndicator(
      long id,
      Long expectedVersion,
      String kpiCode,
      BigDecimal baselineValue,
      PartialDate baselineDate)
      implements PartnershipCommand {
    /** A baseline dated to the day. */
    public DefineIndicator(
        long id,
        Long expectedVersion,
        String kpiCode,
        BigDecimal baselineValue,
        LocalDate baselineDate) {
      this(id, expectedVersion, kpiCode, baselineValue, PartialDate.ofNullable(baselineDate));
    }
  }

  public record SetTarget(
      long id, Long expectedVersion, long indicatorId, int year, BigDecimal value)
      implements PartnershipCommand {}

  /** A measured value, in the indicator's unit. */
  public record RecordValue(
      long id,
      Long expectedVersion,
      long indicatorId,
      PartialDate measuredOn,
      BigDecimal value,
      String unit)
      implements PartnershipCommand {
    /** A value measured on a day. */
    public RecordValue(
        long id,
        Long expectedVersion,
        long indicatorId,
        LocalDate measuredOn,
        BigDecimal value,
        String unit) {
      this(id, expectedVersion, indicatorId, PartialDate.ofNullable(measuredOn), value, unit);
    }
  }

  public record AssessCapacity(
      long id,
      Long expectedVersion,
      String dimensionCode,
      int perceivedChange,
      int wopContribution,
      CapacityAssessment.DecidedBy decidedBy,
      LocalDate assessedOn,
      String notes)
      implements PartnershipCommand {}

  /** The results a partnership reports, the whole list in order (issue 16, item 7). */
  public record ReplaceResults(long id, Long expectedVersion, java.util.List<Result> results)
      implements PartnershipCommand {
    public ReplaceResults {
      results = results == null ? java.util.List.of() : java.util.List.copyOf(results);
    }
  }

  private PartnershipWork work;
  private ReferenceData reference;

  protected ResultsTracking() {
    // for CDI proxies
  }

  @Inject
  public ResultsTracking(PartnershipWork work, ReferenceData reference) {
    this.work = work;
    this.reference = reference;
  }

  public Indicator defineIndicator(Viewer caller, DefineIndicator c) {
    Kpi kpi =
        reference
            .kpi(c.kpiCode())
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "indicator.kpi.unknown",
                        "kpiCode",
                        "'" + c.kpiCode() + "' is not a KPI of the reference list.",
                        c.kpiCode()));
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Indicator i =
              change
                  .partnership()
                  .defineIndicator(kpi, c.baselineValue(), c.baselineDate(), change.today());
          change.record(
              "indicator.defined",
              null,
              c.kpiCode(),
              "Now follows " + c.kpiCode() + " (" + kpi.unit() + ").");
          return i;
        });
  }

  public Indicator setTarget(Viewer caller, SetTarget c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Indicator i =
              change.partnership().setIndicatorTarget(c.indicatorId(), c.year(), c.value());
          change.record(
              "indicator.target",
              null,
              c.year() + ": " + c.value(),
              "Set the " + c.year() + " target of " + i.kpiCode() + ".");
          return i;
        });
  }

  public Indicator recordValue(Viewer caller, RecordValue c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Indicator i =
              change
                  .partnership()
                  .recordIndicatorValue(
                      c.indicatorId(),
                      c.measuredOn(),
                      c.value(),
                      c.unit(),
                      change.actor(),
                      change.now(),
                      change.today());
          change.record(
              "indicator.value",
              null,
              c.measuredOn() + ": " + c.value() + " " + i.unit(),
              "Recorded a value of " + i.kpiCode() + ".");
          return i;
        });
  }

  /**
   * Replaces the results the partnership reports: statements with their kind and, where measured,
   * an indicator. Accepted in every status (results come once the work is done).
   */
  public Partnership replaceResults(Viewer caller, ReplaceResults c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          if (!p.replaceResults(c.results(), change.today())) {
            change.unchanged();
            return p;
          }
          change.record(
              "results.changed",
              null,
              c.results().stream().map(Result::statement).reduce((a, b) -> a + "; " + b).orElse(""),
              "Changed the results (" + c.results().size() + ").");
          return p;
        });
  }

  public CapacityAssessment assessCapacity(Viewer caller, AssessCapacity c) {
    if (reference.capacityDimension(c.dimensionCode()).isEmpty()) {
      throw new DomainRuleViolation(
          "assessment.dimension.unknown",
          "dimension",
          "'" + c.dimensionCode() + "' is not a capacity-change dimension of the reference list.",
          c.dimensionCode());
    }
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          CapacityAssessment a =
              change
                  .partnership()
                  .assessCapacity(
                      c.dimensionCode(),
                      c.perceivedChange(),
                      c.wopContribution(),
                      c.decidedBy(),
                      c.assessedOn(),
                      c.notes(),
                      change.today());
          change.record(
              "capacity.assessed",
              null,
              c.dimensionCode() + " " + c.perceivedChange(),
              "Assessed " + c.dimensionCode() + ".");
          return a;
        });
  }
}
