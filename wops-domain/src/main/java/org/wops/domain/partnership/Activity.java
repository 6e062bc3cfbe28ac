package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wops.domain.shared.Amounts;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Texts;

/**
 * An activity of the work plan: its working area, dates, budget, who is responsible, and progress
 * (0–100 %).
 */
@Entity
@Table(name = "activities")
public class Activity extends PartnershipPart {
  /** The most characters its column holds. */
  public static final int TITLE_MAX = 200;

  /** The most characters its column holds. */
  public static final int RESPONSIBLE_MAX = 200;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(
      name = "working_area",
      nullable = false,
      length = org.wops.domain.reference.WorkingArea.CODE_MAX)
  private String workingArea;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "budget", nullable = false, precision = 17, scale = 2)
  private BigDecimal budget;

  @Column(name = "responsible", length = RESPONSIBLE_MAX)
  private String responsible;

  @Column(name = "progress", nullable = false)
  private int progress;

  protected Activity() {
    // for JPA
  }

  Activity(
      Partnership partnership,
      String title,
      String workingArea,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal budget,
      String responsible) {
    super(partnership);
    this.title = Texts.required(title, "activity.title", "title", "The activity's title", 200);
    this.workingArea =
        Texts.required(workingArea, "activity.workingArea", "workingArea", "The working area", 40);
    this.startDate =
        Texts.required(startDate, "activity.startDate", "startDate", "The start date is required.");
    this.endDate =
        Texts.required(endDate, "activity.endDate", "endDate", "The end date is required.");
    Partnership.requireOrdered(startDate, endDate, "endDate");
    this.budget = Amounts.nonNegative(budget, "budget");
    this.responsible =
        Texts.optional(
            responsible, "activity.responsible", "responsible", "Who is responsible", 200);
  }

  void reportProgress(int percent) {
    if (percent < 0 || percent > 100) {
      throw new DomainRuleViolation(
          "activity.progress.out-of-range", "progress", "Progress is a percentage from 0 to 100.");
    }
    this.progress = percent;
  }

  public String title() {
    return title;
  }

  public String workingArea() {
    return workingArea;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public BigDecimal budget() {
    return budget;
  }

  public String responsible() {
    return responsible;
  }

  public int progress() {
    return progress;
  }
}
