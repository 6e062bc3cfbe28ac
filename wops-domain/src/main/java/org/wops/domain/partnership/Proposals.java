package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wops.domain.event.PartnershipProposed;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.user.Viewer;

/**
 * Recording a new partnership: identifying one, or proposing one as a proposer gathers it (the
 * wizard). A caller records only partnerships it may change once made; a rule broken anywhere
 * leaves nothing stored, so that trying again does not make a second, half-made partnership.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class Proposals {
  /** A newly identified partnership of an installed type. */
  public record Identify(
      String typeId,
      PartnershipDetails details,
      List<Participant> participants,
      List<SupportingOrganisation> supporters,
      Map<String, String> extraValues) {
    public Identify {
      supporters = supporters == null ? List.of() : supporters;
      extraValues = extraValues == null ? Map.of() : extraValues;
    }
  }

  /** A partnership as the wizard gathers it: its agreement (if written) and planned milestones. */
  public record Propose(
      Identify partnership, AgreementTerms agreement, List<PlannedMilestone> milestones) {
    public Propose {
      Objects.requireNonNull(partnership, "partnership is required");
      milestones = milestones == null ? List.of() : milestones;
    }
  }

  /**
   * A partnership that exists, or existed, outside the platform, as the evidence says: its status
   * (UNKNOWN too), its dates at their precision (in the details), and the facts of its record.
   */
  public record Record(
      Identify partnership,
      PartnershipStatus status,
      RecordedHistory.Facts facts,
      List<Source> sources,
      List<Result> results,
      Budget budget,
      IatiOrigin iati) {
    public Record {
      Objects.requireNonNull(partnership, "partnership is required");
      facts = facts == null ? new RecordedHistory.Facts(false, null, null, null, null) : facts;
      sources = sources == null ? List.of() : List.copyOf(sources);
      results = results == null ? List.of() : List.copyOf(results);
      budget = budget == null ? Budget.none() : budget;
    }

    public Record(
        Identify partnership,
        PartnershipStatus status,
        RecordedHistory.Facts facts,
        List<Source> sources,
        List<Result> results,
        Budget budget) {
      this(partnership, status, facts, sources, results, budget, null);
    }

    public Record(
        Identify partnership,
        PartnershipStatus status,
        RecordedHistory.Facts facts,
        List<Source> sources) {
      this(partnership, status, facts, sources, List.of(), Budget.none());
    }

    public Record(Identify partnership, PartnershipStatus status, RecordedHistory.Facts facts) {
      this(partnership, status, facts, List.of());
    }
  }

  private PartnershipWork work;
  private PartnershipAccess access;
  private PartnershipChecks checks;
  private PartnershipTypeRegistry types;
  private Clock clock;

  protected Proposals() {
    // for CDI proxies
  }

  @Inject
  public Proposals(
      PartnershipWork work,
      PartnershipAccess access,
      PartnershipChecks checks,
      PartnershipTypeRegistry types,
      Clock clock) {
    this.work = work;
    this.access = access;
    this.checks = checks;
    this.types = types;
    this.clock = clock;
  }

  /** Records a newly identified partnership (IDENTIFIED). */
  public Partnership identify(Viewer caller, Identify command) {
    Partnership p = identified(caller, command);
    return work.create(
        caller,
        p,
        change -> {
          audited(change);
          return p;
        });
  }

  /**
   * Records the partnership with its agreement and milestones, and moves it from IDENTIFIED to
   * PROPOSED (everyone hears of the proposal), all or nothing.
   */
  public Partnership propose(Viewer caller, Propose command) {
    Partnership p = identified(caller, command.partnership());
    return work.create(
        caller,
        p,
        change -> {
          audited(change);
          if (command.agreement() != null) {
            p.writeAgreement(command.agreement());
            change.record(
                "agreement.written",
                null,
                command.agreement().objectivesAndOutputs(),
                "Wrote the agreement.");
          }
          for (PlannedMilestone m : command.milestones()) {
            p.addMilestone(m.title(), m.plannedDate());
            change.record(
                "milestone.added",
                null,
                m.title() + " @ " + m.plannedDate(),
                "Added the milestone \"" + m.title() + "\".");
          }
          StatusChange moved =
              p.changeStatus(PartnershipStatus.PROPOSED, work.standing(p), change.today());
          change.record(
              "status.changed",
              moved.from().name(),
              moved.to().name(),
              "Status " + moved.from() + " → " + moved.to() + ".");
          String actor = change.actor();
          OffsetDateTime now = change.now();
          change.fireOnceStored(
              s -> new PartnershipStatusChanged(s.id(), moved.from(), moved.to(), now, actor));
          change.fireOnceStored(s -> new PartnershipProposed(s.id(), now, actor));
          return p;
        });
  }

  /**
   * Records a partnership that exists or existed outside the platform (the secretariat, or a
   * coordinator for a partnership its organisation supports): stored as the evidence says, its
   * record audited as such; nobody is mailed, no milestone is invented.
   */
  public Partnership record(Viewer caller, Record command) {
    Identify c = command.partnership();
    access.requireRecord(
        caller, c.supporters().stream().map(SupportingOrganisation::organisationId).toList());
    access.requireAssess(caller, command.facts().compliance());
    checks.knownFunders(command.budget());
    Partnership p =
        made(
            c,
            (type, details, now) ->
                Partnership.recorded(
                    type,
                    details,
                    c.participants(),
                    c.supporters(),
                    c.extraValues(),
                    command.status(),
                    command.facts(),
                    caller.actor(),
                    now));
    p.replaceSources(command.sources(), java.time.LocalDate.now(clock));
    p.replaceResults(command.results(), java.time.LocalDate.now(clock));
    p.replaceBudget(command.budget());
    if (command.iati() != null) {
      p.importedFromIati(command.iati());
    }
    return work.create(
        caller,
        p,
        change -> {
          if (command.iati() != null) {
            change.record(
                "partnership.imported-iati",
                null,
                command.iati().identifier(),
                "Imported from IATI: activity " + command.iati().identifier() + ".");
          }
          change.record(
              "partnership.recorded",
              null,
              p.status().name(),
              "Recorded \""
                  + p.title()
                  + "\" from evidence outside the platform: status "
                  + p.status()
                  + ", Charter compliance "
                  + p.history().compliance()
                  + ".");
          return p;
        });
  }

  private Partnership identified(Viewer caller, Identify c) {
    List<Participant> participants = c.participants() == null ? List.of() : c.participants();
    access.requirePropose(
        caller,
        participants.stream().map(Participant::operatorId).toList(),
        c.supporters().stream().map(SupportingOrganisation::organisationId).toList());
    return made(
        c,
        (type, details, now) -> {
          Partnership p = new Partnership(type, details, c.participants(), now.toLocalDate(), now);
          p.replaceSupporters(c.supporters());
          p.replaceExtraValues(c.extraValues(), type);
          return p;
        });
  }

  /** How a new partnership is made from its checked type and details, with its supporters. */
  private interface Maker {
    Partnership make(PartnershipType type, PartnershipDetails details, OffsetDateTime now);
  }

  private Partnership made(Identify c, Maker maker) {
    List<Participant> participants = c.participants() == null ? List.of() : c.participants();
    PartnershipType type = types.require(c.typeId());
    checks.knownOperators(participants);
    checks.knownOrganisations(c.supporters());
    PartnershipDetails labelled = checks.labelled(c.details());
    checks.knownWorkingAreas(labelled);
    PartnershipDetails details = checks.withOperatorCountries(labelled, participants);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Partnership p = maker.make(type, details, now);
    checks.typeRules(p, type);
    return p;
  }

  private static void audited(PartnershipChange change) {
    Partnership p = change.partnership();
    change.record(
        "partnership.identified", null, p.status().name(), "Identified \"" + p.title() + "\".");
  }
}
