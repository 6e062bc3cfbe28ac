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
   * one that one was merged into), as the merges recorded say (and, for merges made before they
   * were recorded, the audit trail of the partnerships that moved); empty when the operator exists,
   * or when it is not known to have been merged.
   */
  public java.util.Optional<Operator> keptInsteadOf(long operatorId) {
    long id = operatorId;
    for (int hop = 0; hop < MERGES_FOLLOWED; hop++) {
      java.util.Optional<Operator> found = operators.findById(id);
      if (found.isPresent()) {
        return id == operatorId ? java.util.Optional.empty() : found;
      }
      Long next = references.mergeOf(id).map(OperatorReferences.Merge::keptId).orElse(null);
      // merges before the table (V39) are known from the audit of the partnerships that moved
      for (AuditEntry e :
          next != null
              ? List.<AuditEntry>of()
              : audit.withAction("operator.merged", "operator " + id + " (")) {
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
   * What a merge of {@code duplicateId} into {@code keptId} would do, as the platform stands now:
   * the duplicate's partnerships (they will name the kept operator), those both take part in (the
   * merge is refused while there are any), whether they are in different countries (a mistyped
   * number merges unrelated operators), and a digest of all of it: the confirm carries it, and a
   * merge whose digest moved since is refused ({@link PreviewChanged}).
   */
  public record Preview(
      Operator kept,
      Operator duplicate,
      List<Long> partnerships,
      List<Long> conflicts,
      boolean otherCountry,
      OperatorReferences.Standing duplicateStanding,
      String digest) {}

  /**
   * The duplicate changed since the preview (its partnerships, names, contacts, or the kept
   * operator's): the merge is refused, nothing changed; look again.
   */
  public static final class PreviewChanged extends org.wops.domain.shared.StaleVersionException {
    private static final long serialVersionUID = 1L;

    PreviewChanged(long keptId, long duplicateId) {
      super(
          "operator " + keptId + " and " + duplicateId,
          "The duplicate has changed since the preview (operator "
              + duplicateId
              + " into "
              + keptId
              + "): look again at what will move, then confirm.");
    }
  }

  /** The preview of a merge (the secretariat only), refused as the merge itself would be. */
  public Preview preview(Viewer by, long keptId, Long duplicateId) {
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
    java.util.Optional<Operator> found = operators.findById(duplicateId);
    if (found.isEmpty()) {
      java.util.Optional<Operator> instead = keptInsteadOf(duplicateId);
      if (instead.isPresent()) {
        throw new DomainRuleViolation(
            "operator.merge.already-merged",
            "duplicate",
            "Operator "
                + duplicateId
                + " was already merged into operator "
                + instead.get().id()
                + " ("
                + instead.get().name()
                + ").",
            duplicateId,
            instead.get().name());
      }
      throw new DomainRuleViolation(
          "operator.merge.duplicate.unknown",
          "duplicate",
          "There is no operator " + duplicateId + " to merge.",
          duplicateId);
    }
    Operator duplicate = found.get();
    List<Long> moving = references.partnershipsOf(duplicateId);
    List<Long> keptIn = references.partnershipsOf(keptId);
    List<Long> both = new ArrayList<>(keptIn);
    both.retainAll(moving);
    OperatorReferences.Standing standing = references.standingOf(duplicateId);
    OperatorReferences.Standing keptStanding = references.standingOf(keptId);
    return new Preview(
        kept,
        duplicate,
        List.copyOf(moving),
        List.copyOf(both),
        !kept.country().equals(duplicate.country()),
        standing,
        digest(kept, duplicate, moving, keptIn).and(standing).and(keptStanding).hex());
  }

  /**
   * What a preview showed, in 16 hex digits: both operators' versions, names and contacts, the
   * partnerships each takes part in, and (added with {@link Digest#and}) the Charter versions each
   * endorsed and the users who act for each.
   */
  static Digest digest(Operator kept, Operator duplicate, List<Long> moving, List<Long> keptIn) {
    StringBuilder s = new StringBuilder();
    for (Operator o : List.of(kept, duplicate)) {
      s.append(o.id()).append('@').append(o.version()).append('|').append(o.name()).append('|');
      s.append(o.shortName().orElse("")).append('|');
      o.otherNames().forEach(n -> s.append(n.name()).append(',').append(n.kind()).append(';'));
      s.append('|');
      o.contacts().forEach(c -> s.append(c.email()).append(';'));
      s.append('\n');
    }
    s.append(moving).append('|').append(keptIn);
    return new Digest(s);
  }

  /** The text a preview's digest is made of, then its 16 hex digits. */
  record Digest(StringBuilder text) {
    Digest and(OperatorReferences.Standing standing) {
      text.append('\n').append(standing.endorsedVersions()).append('|').append(standing.users());
      return this;
    }

    String hex() {
      try {
        byte[] hash =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash, 0, 8);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is in every JDK", e);
      }
    }
  }

  /**
   * Merges the operator {@code duplicateId} into {@code keptId}; its name becomes a name of the
   * kind {@code as} (ALTERNATIVE when null) of the kept one.
   */
  public Result merge(Viewer by, long keptId, Long duplicateId, OtherName.Kind as) {
    return merge(by, keptId, duplicateId, as, null);
  }

  /**
   * Merges as {@link #merge(Viewer, long, Long, OtherName.Kind)} does, when what would move is
   * still what the preview showed: {@code expected} is the preview's {@link Preview#digest} (null:
   * merge whatever is there now).
   */
  public Result merge(
      Viewer by, long keptId, Long duplicateId, OtherName.Kind as, String expected) {
    Preview preview = preview(by, keptId, duplicateId);
    if (expected != null && !expected.equals(preview.digest())) {
      throw new PreviewChanged(keptId, duplicateId);
    }
    Operator kept = preview.kept();
    Operator duplicate = preview.duplicate();
    List<Long> both = preview.conflicts();
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
    addName(kept, new OtherName(absorbedName, kind, null));
    duplicate.shortName().ifPresent(s -> addName(kept, new OtherName(s, kind, null)));
    duplicate.otherNames().forEach(n -> addName(kept, n));
    int contacts = 0;
    for (ContactPerson c : duplicate.contacts()) {
      if (!kept.contactList().has(c.email())) {
        kept.addContact(c);
        contacts++;
      }
    }
    operators.remove(duplicate);
    Operator stored = operators.store(kept);
    references.recordMerge(new OperatorReferences.Merge(duplicateId, keptId, now, actor));
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

  /**
   * Adds a name of the duplicate to the kept operator unless it is already one of its own: its
   * name, its short name (the duplicate's "RMEB" beside the kept "RMEB"), or one of its other names
   * (case aside; a spelling with other accents, "SOCIETE BENINOISE", is kept as a name of its own).
   */
  private static void addName(Operator kept, OtherName n) {
    String key = same(n.name());
    boolean own =
        key.equals(same(kept.name()))
            || kept.shortName().map(OperatorMerge::same).filter(key::equals).isPresent()
            || kept.otherNames().stream().anyMatch(o -> same(o.name()).equals(key));
    if (!own) {
      kept.addOtherName(n);
    }
  }

  private static String same(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
