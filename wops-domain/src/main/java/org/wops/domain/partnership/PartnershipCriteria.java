package org.wops.domain.partnership;

import java.util.Set;

/**
 * What a listing of partnerships is filtered and sorted by. Every filter is optional ({@code null}
 * or empty: no filter). {@code text} searches the title and the objectives.
 */
public record PartnershipCriteria(
    String text,
    Set<PartnershipStatus> statuses,
    String typeId,
    String country,
    String workingArea,
    Long operatorId,
    Boolean published,
    Sort sort) {

  /** How the listing is ordered. */
  public enum Sort {
    TITLE,
    NEWEST,
    PLANNED_START
  }

  public PartnershipCriteria {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? Sort.TITLE : sort;
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public static PartnershipCriteria all() {
    return new PartnershipCriteria(null, null, null, null, null, null, null, null);
  }
}
