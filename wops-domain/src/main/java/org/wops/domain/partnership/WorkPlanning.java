package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.user.Viewer;

/** The work plan: activities and their progress, expected outputs, and the budgeted costs. */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class WorkPlanning {
  public record AddActivity(
      long id,
      Long expectedVersion,
      String title,
      String workingArea,
      LocalDate start,
      LocalDate end,
      BigDecimal budget,
      String responsible)
      implements PartnershipCommand {}

  /** How far an activity has come, as a percentage. */
  public record ReportProgress(long id, Long expectedVersion, long activityId, int percent)
      implements PartnershipCommand {}

  public record AddOutput(
      long id,
      Long expectedVersion,
      String title,
      String unit,
      BigDecimal quantity,
      LocalDate completionDate,
      String meansOfVerification)
      implements PartnershipCommand {}

  /** A budgeted cost; the category is parsed so that a fee, margin or profit is refused by name. */
  public record AddCost(
      long id, Long expectedVersion, String category, String description, BigDecimal amount)
      implements PartnershipCommand {}

  private PartnershipWork work;
  private PartnershipChecks checks;

  protected WorkPlanning() {
    // for CDI proxies
  }

  @Inject
  public WorkPlanning(PartnershipWork work, PartnershipChecks checks) {
    this.work = work;
    this.checks = checks;
  }

  public Activity addActivity(Viewer caller, AddActivity c) {
    checks.knownWorkingArea(c.workingArea(), "workingArea");
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Activity a =
              change
                  .partnership()
                  .addActivity(
                      c.title(), c.workingArea(), c.start(), c.end(), c.budget(), c.responsible());
          change.record(
              "activity.added", null, c.title(), "Added the activity \"" + c.title() + "\".");
          return a;
        });
  }

  public Activity reportProgress(Viewer caller, ReportProgress c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Activity a = change.partnership().reportActivityProgress(c.activityId(), c.percent());
          change.record(
              "activity.progress",
              null,
              c.percent() + "%",
              "\"" + a.title() + "\" is " + c.percent() + "% done.");
          return a;
        });
  }

  public WorkOutput addOutput(Viewer caller, AddOutput c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          WorkOutput o =
              change
                  .partnership()
                  .addOutput(
                      c.title(),
                      c.unit(),
                      c.quantity(),
                      c.completionDate(),
                      c.meansOfVerification());
          change.record("output.added", null, c.title(), "Added the output \"" + c.title() + "\".");
          return o;
        });
  }

  public CostLine addCost(Viewer caller, AddCost c) {
    CostLine line = new CostLine(CostCategory.parse(c.category()), c.description(), c.amount());
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          change.partnership().addCostLine(line);
          change.record(
              "cost.added",
              null,
              line.category() + " " + line.amount(),
              "Added the cost \"" + line.description() + "\".");
          return line;
        });
  }
}
