package org.wops.domain.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.ReachCondition;

/**
 * The order of a partnership type's template milestones and the conditions under which each can be
 * reached. Milestones the partners named themselves (no template key), and those of a type that is
 * no longer installed, can be reached at any time.
 */
public final class MilestoneSequence {
  private final List<MilestoneTemplate> template;

  private MilestoneSequence(List<MilestoneTemplate> template) {
    this.template = List.copyOf(template);
  }

  /** The sequence of a type's template ({@code null}: a type no longer installed, no order). */
  public static MilestoneSequence of(PartnershipType type) {
    return new MilestoneSequence(type == null ? List.of() : type.milestoneTemplate());
  }

  /** The template milestone a milestone came from, when the type still lists it. */
  public Optional<MilestoneTemplate> templateOf(Milestone m) {
    return m.templateKey()
        .flatMap(k -> template.stream().filter(t -> t.key().equals(k)).findFirst());
  }

  private int position(Milestone m) {
    return templateOf(m).map(template::indexOf).orElse(-1);
  }

  /**
   * Refuses to reach {@code m} on {@code actual} when a condition of its template does not hold in
   * {@code p}: the agreement not signed by all, the partnership not completed, an earlier template
   * milestone still outstanding or reached after {@code actual}.
   */
  void requireReachable(Partnership p, Milestone m, PartialDate actual) {
    Optional<DomainRuleViolation> refusal = refusal(p, m, actual);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** Why {@code m} cannot be reached on {@code actual} in {@code p}, if it cannot. */
  Optional<DomainRuleViolation> refusal(Partnership p, Milestone m, PartialDate actual) {
    Optional<MilestoneTemplate> t = templateOf(m);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String name = "'" + m.title() + "'";
    if (t.get().conditions().contains(ReachCondition.AGREEMENT_SIGNED_BY_ALL)
        && !p.isAgreementSignedByAll()) {
      return Optional.of(
          new DomainRuleViolation(
              "milestone.reach.agreement-not-signed",
              "status",
              "The milestone "
                  + name
                  + " can be reached only once every participant has signed the agreement.",
              m.title()));
    }
    if (t.get().conditions().contains(ReachCondition.PARTNERSHIP_COMPLETED)
        && !(p.status() == PartnershipStatus.COMPLETED
            || p.status() == PartnershipStatus.EVALUATED)) {
      return Optional.of(
          new DomainRuleViolation(
              "milestone.reach.partnership-not-completed",
              "status",
              "The milestone "
                  + name
                  + " can be reached only once the partnership is completed (it is "
                  + p.status()
                  + ").",
              m.title(),
              p.status()));
    }
    if (t.get().conditions().contains(ReachCondition.AFTER_EARLIER_MILESTONES)) {
      return earlierOutstanding(p, m, actual, name);
    }
    return Optional.empty();
  }

  private Optional<DomainRuleViolation> earlierOutstanding(
      Partnership p, Milestone m, PartialDate actual, String name) {
    int at = position(m);
    List<String> outstanding = new ArrayList<>();
    for (Milestone earlier : p.milestones()) {
      int position = position(earlier);
      if (position < 0 || position >= at) {
        continue;
      }
      if (earlier.status() == MilestoneStatus.PLANNED
          || earlier.status() == MilestoneStatus.MISSED) {
        outstanding.add("'" + earlier.title() + "'");
      } else if (actual != null && earlier.actualDate().filter(actual::endsBefore).isPresent()) {
        return Optional.of(
            new DomainRuleViolation(
                "milestone.reach.before-earlier",
                "actualDate",
                "The milestone "
                    + name
                    + " cannot be reached on "
                    + actual
                    + ", before the earlier milestone '"
                    + earlier.title()
                    + "' (reached on "
                    + earlier.actualDate().orElseThrow()
                    + ").",
                m.title(),
                actual,
                earlier.title(),
                earlier.actualDate().orElseThrow()));
      }
    }
    if (!outstanding.isEmpty()) {
      return Optional.of(
          new DomainRuleViolation(
              "milestone.reach.earlier-outstanding",
              "status",
              "The milestone "
                  + name
                  + " comes after "
                  + String.join(", ", outstanding)
                  + ": reach or cancel "
                  + (outstanding.size() == 1 ? "it" : "them")
                  + " first.",
              m.title(),
              outstanding));
    }
    return Optional.empty();
  }

  /** The planned template milestones that the last signature, on {@code signedOn}, reaches. */
  List<Milestone> reachedBySignature(List<Milestone> milestones) {
    return milestones.stream()
        .filter(m -> m.status() == MilestoneStatus.PLANNED)
        .filter(m -> templateOf(m).filter(MilestoneTemplate::isTheSignature).isPresent())
        .toList();
  }
}
