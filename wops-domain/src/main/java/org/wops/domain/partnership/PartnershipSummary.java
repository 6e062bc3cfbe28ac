package org.wops.domain.partnership;

import java.time.LocalDate;
import org.wops.domain.shared.PartialDate;

/**
 * A partnership as a listing shows it, read in one query (no entity, no collections): id, title,
 * type, status, published flag, currency, planned dates (at their precision), and how many
 * operators take part.
 */
public record PartnershipSummary(
    long id,
    String title,
    String typeId,
    PartnershipStatus status,
    boolean published,
    String currency,
    PartialDate plannedStart,
    PartialDate plannedEnd,
    int participantCount) {

  /** As a query reads it: each planned date as its first day and its precision. */
  public PartnershipSummary(
      long id,
      String title,
      String typeId,
      PartnershipStatus status,
      boolean published,
      String currency,
      LocalDate plannedStart,
      PartialDate.Precision plannedStartPrecision,
      LocalDate plannedEnd,
      PartialDate.Precision plannedEndPrecision,
      int participantCount) {
    this(
        id,
        title,
        typeId,
        status,
        published,
        currency,
        PartialDate.stored(plannedStart, plannedStartPrecision),
        PartialDate.stored(plannedEnd, plannedEndPrecision),
        participantCount);
  }
}
