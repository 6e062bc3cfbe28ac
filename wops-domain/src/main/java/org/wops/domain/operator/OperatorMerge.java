package org.wops.domain.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.partnership.PartnershipsChanged;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.user.Viewer;

/**
 * The secretariat merges a duplicate into the operator it duplicates, in one transaction: the
 * duplicate's partnerships (as participant and signatory), contacts, Charter endorsements and
 * users' access move to the kept operator; its name, short name and other names become other names
 * of the kept one (FORMER or ALTERNATIVE, as asked; those it already has are not repeated); the
 * duplicate is removed; the audit trail of every partnership that moved says so. Refused, changing
 * nothing, when a partnership has both operators: an operator takes part once (partnership rule 1),
 * and which of the two places, roles, contributions and signatures stands is for the secretariat to
 * settle in that partnership first.
 */
@ApplicationScoped
@Transactional
public class OperatorMerge {
  private static final Logger LOG = Logger.getLogger(OperatorMerge.class.getName());

  private OperatorRepository operators;
  private OperatorReferences references;
  private AuditTrail audit;
  private Clock clock;

  /** Those who keep answers for readers drop them when partnerships changed (none in tests). */
  @Inject Event<PartnershipsChanged> changed;

  protected OperatorMerge() {
    // for CDI proxies
  }

  @Inject
  public OperatorMerge(
      OperatorRepository operators, OperatorReferences references, AuditTrail audit, Clock clock) {
    this.operators = Objects.requireNonNull(operators, "operators is required");
    this.references = Objects.requireNonNull(references, "references is required");
    this.audit = Objects.requireNonNull(audit, "audit is required");
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /** What a merge did: the operator kept, the one absorbed, and what moved. */
  public record Result(
      Operator kept,
      long absorbedId,
      String absorbedName,
      List<Long> partnerships,
      int contacts,
      int endorsements,
      int users) {}

  /** How many merges {@link #keptInsteadOf} follows (a kept operator merged in turn, and so on). */
  static final int MERGES_FOLLOWED = 10;

  private static final java.util.regex.Pattern OPERATOR_VALUE =
      java.util.regex.Pattern.compile("operator (\\d{1,18}) \\(.*", java.util.regex.Pattern.DOTALL);

  /**
   * The operator that stands for a removed one: the one it was merged into (or, merged in turn, the
   * one that one was merged into), as the audit trail of the partnerships that moved says; empty
   * when the operator exists, or when it is not known to have been merged — a duplicate that took
   * part in no partnership left no entry.
   */
  public java.util.Optional<Operator> keptInsteadOf(long operatorId) {
    long id = operatorId;
    for (int hop = 0; hop < MERGES_FOLLOWED; hop++) {
      java.util.Optional<Operator> found = operators.findById(id);
      if (found.isPresent()) {
        return id == operatorId ? java.util.Optional.empty() : found;
      }
      Long next = null;
      for (AuditEntry e : audit.withAction("operator.merged", "operator " + id + " (")) {
        java.util.regex.Matcher m = OPERATOR_VALUE.matcher(e.toValue() == null ? "" : e.toValue());
        if (m.matches()) {
          next = Long.valueOf(m.group(1));
          break;
        }
      }
      if (next == null || next == id) {
        return java.util.Optional.empty();
      }
      id = next;
    }
    return java.util.Optional.empty();
  }

  /**
   * Merges the operator {@code duplicateId} into {@code keptId}; its name becomes a name of the
   * kind {@code as} (ALTERNATIVE when null) of the kept one.
   */
  public Result merge(Viewer by, long keptId, Long duplicateId, OtherName.Kind as) {
    if (!by.isAdmin()) {
      throw new AccessDenied("access.operator.merge", "Only the secretariat merges operators.");
    }
    Operator kept =
        operators.findById(keptId).orElseThrow(() -> new NotFoundException("operator", keptId));
    if (duplicateId == null) {
      throw new DomainRuleViolation(
          "operator.merge.duplicate.required",
          "duplicate",
          "Name the operator to merge into this one (duplicate=its id).");
    }
    if (duplicateId == keptId) {
      throw new DomainRuleViolation(
          "operator.merge.itself",
          "duplicate",
          "An operator cannot be merged into itself.",
          keptId);
    }
    Operator duplicate =
        operators
            .findById(duplicateId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "operator.merge.duplicate.unknown",
                        "duplicate",
                        "There is no operator " + duplicateId + " to merge.",
                        duplicateId));
    List<Long> both = new ArrayList<>(references.partnershipsOf(keptId));
    both.retainAll(references.partnershipsOf(duplicateId));
    if (!both.isEmpty()) {
      throw new DomainRuleViolation(
          "operator.merge.both-take-part",
          "duplicate",
          "Operators "
              + keptId
              + " and "
              + duplicateId
              + " both take part in partnership(s) "
              + both
              + ", and an operator takes part once: remove one of them from each first.",
          both);
    }
    OtherName.Kind kind = as == null ? OtherName.Kind.ALTERNATIVE : as;
    String actor = by.actor();
    String absorbedName = duplicate.name();
    OffsetDateTime now = OffsetDateTime.now(clock);

    OperatorReferences.Moved moved = references.move(duplicateId, keptId);
    kept.addOtherName(new OtherName(absorbedName, kind, null));
    duplicate.shortName().ifPresent(s -> kept.addOtherName(new OtherName(s, kind, null)));
    duplicate.otherNames().forEach(kept::addOtherName);
    int contacts = 0;
    for (ContactPerson c : duplicate.contacts()) {
      if (!kept.contactList().has(c.email())) {
        kept.addContact(c);
        contacts++;
      }
    }
    operators.remove(duplicate);
    Operator stored = operators.store(kept);
    String description =
        "Operator "
            + duplicateId
            + " ("
            + absorbedName
            + ") was merged into operator "
            + keptId
            + " ("
            + kept.name()
            + "), a duplicate of it: its place in this partnership is now "
            + kept.name()
            + "'s.";
    for (long partnershipId : moved.partnerships()) {
      audit.record(
          new AuditEntry(
              partnershipId,
              now,
              actor,
              "operator.merged",
              "operator " + duplicateId + " (" + absorbedName + ")",
              "operator " + keptId + " (" + kept.name() + ")",
              description));
    }
    if (changed != null && !moved.partnerships().isEmpty()) {
      changed.fire(new PartnershipsChanged());
    }
    LOG.info(
        () ->
            actor
                + " merged operator "
                + duplicateId
                + " ("
                + absorbedName
                + ") into "
                + keptId
                + ": partnerships "
                + moved.partnerships()
                + ", "
                + moved.endorsements()
                + " endorsement(s), "
                + moved.users()
                + " user(s).");
    return new Result(
        stored,
        duplicateId,
        absorbedName,
        moved.partnerships(),
        contacts,
        moved.endorsements(),
        moved.users());
  }
}
