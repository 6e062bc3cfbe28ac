package org.wops.web.pages.propose;

import java.io.Serializable;
import java.time.LocalDate;
import org.wops.domain.partnership.PlannedMilestone;
import org.wops.domain.shared.PartialDate;

/** A milestone the proposer adds to the type's template: a title and a planned date. */
public class MilestoneRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String title;
  private LocalDate date;

  /** Whether the line says enough to plan a milestone (a half-filled line is left out). */
  public boolean isComplete() {
    return title != null && !title.isBlank() && date != null;
  }

  PlannedMilestone toPlanned() {
    return new PlannedMilestone(title, PartialDate.of(date));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
