package org.wops.domain.type;

import java.util.Objects;

/**
 * A default milestone of a partnership type: a stable key, its title in each language, and when it
 * is due: so many days after the planned start, or after the agreement is signed by every
 * participant (until then, the planned start stands in for the signature).
 */
public record MilestoneTemplate(String key, Labels title, Anchor anchor, int offsetDays) {

  /** What a template milestone's date counts from. */
  public enum Anchor {
    PLANNED_START,
    AGREEMENT_SIGNED
  }

  public MilestoneTemplate {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(anchor, "anchor is required");
  }
}
