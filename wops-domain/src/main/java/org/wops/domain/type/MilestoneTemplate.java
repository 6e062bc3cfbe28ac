package org.wops.domain.type;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A default milestone of a partnership type: a stable key, its title in each language, when it is
 * due (so many days after the planned start, or after the agreement is signed by every participant;
 * until then, the planned start stands in for the signature), and the conditions under which it can
 * be reached. A template's milestones are listed in their order; {@link
 * ReachCondition#AFTER_EARLIER_MILESTONES} makes that order binding.
 */
public record MilestoneTemplate(
    String key, Labels title, Anchor anchor, int offsetDays, Set<ReachCondition> conditions) {

  /** What a template milestone's date counts from. */
  public enum Anchor {
    PLANNED_START,
    AGREEMENT_SIGNED
  }

  public MilestoneTemplate {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(anchor, "anchor is required");
    Set<ReachCondition> given = EnumSet.noneOf(ReachCondition.class);
    if (conditions != null) {
      given.addAll(conditions);
    }
    if (anchor == Anchor.AGREEMENT_SIGNED && offsetDays == 0) {
      // due the day the agreement is signed: it is the signature, and is reached by it, never by
      // hand before every partner signed (a type that forgot to say so let it be reached unsigned)
      given.add(ReachCondition.AGREEMENT_SIGNED_BY_ALL);
    }
    conditions = given.isEmpty() ? Set.of() : Set.copyOf(given);
  }

  /** A milestone that can be reached at any time (the plugin SPI's original form). */
  public MilestoneTemplate(String key, Labels title, Anchor anchor, int offsetDays) {
    this(key, title, anchor, offsetDays, Set.of());
  }

  /** This milestone, reachable only when the given conditions hold. */
  public MilestoneTemplate when(ReachCondition... more) {
    Set<ReachCondition> all = EnumSet.noneOf(ReachCondition.class);
    all.addAll(conditions);
    all.addAll(List.of(more));
    return new MilestoneTemplate(key, title, anchor, offsetDays, all);
  }

  /**
   * Whether this milestone is the signature itself: due the day the last participant signs and
   * reachable only then. The last signature reaches it.
   */
  public boolean isTheSignature() {
    return anchor == Anchor.AGREEMENT_SIGNED && offsetDays == 0;
  }
}
