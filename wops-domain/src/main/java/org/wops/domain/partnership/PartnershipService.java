package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.CharterEndorsed;
import org.wops.domain.event.CharterVersionPublished;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.event.PartnershipAgreed;
import org.wops.domain.event.PartnershipProposed;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.shared.StaleVersionException;
import org.wops.domain.shared.VersionCondition;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.type.TypeRules;

/**
 * Use cases on partnerships. Each public method is one transaction: it loads the partnership, lets
 * the aggregate apply its rules, records what changed in the audit trail, and raises the domain
 * events that follow; a refused change leaves nothing behind. Where a caller passes the version it
 * read, a newer version is refused ({@link StaleVersionException}) rather than overwritten.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class PartnershipService {
  @Inject PartnershipRepository partnerships;
  @Inject OperatorRepository operators;
  @Inject OrganisationRepository organisations;
  @Inject CharterRepository charters;
  @Inject ReferenceData reference;
  @Inject PartnershipTypeRegistry types;
  @Inject AuditTrail audit;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Inject Event<PartnershipsChanged> changed;

  // ---------------------------------------------------------------- reading

  public Partnership get(long id) {
    return partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership", id));
  }

  /**
   * A page of partnerships. What a caller may see is the criteria's visibility; public pages may be
   * kept for a short while by the persistence adapter (see {@code KeptPartnershipReads}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PartnershipSummary> search(PartnershipCriteria criteria, PageRequest page) {
    return partnerships.search(criteria, page);
  }

  /**
   * The partners' names and countries of the partnerships of a search page (the caller got the ids
   * from a search, which applied its visibility), in two queries.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, PartnershipListing> listings(java.util.Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : partnerships.listings(ids);
  }

  /** The partnership's version and publication, read without the rest of it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<PartnershipStamp> stamp(long id) {
    return partnerships.stamp(id);
  }

  /** Partnerships matching the criteria, in order, at most {@code max} (for CSV/JSON exports). */
  public List<Partnership> list(PartnershipCriteria criteria, int max) {
    return partnerships.list(criteria, max);
  }

  /** Every published partnership, newest first (for open-data exports). */
  public List<Partnership> published() {
    return partnerships.published();
  }

  /**
   * Key figures for dashboards: all partnerships, or the published ones for the public (a dozen
   * aggregate queries; the persistence adapter may keep them for a short while).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PartnershipStatistics statistics(boolean publishedOnly) {
    return partnerships.statistics(publishedOnly, today());
  }

  /**
   * After any change of a partnership: tells whatever keeps answers for readers that they may be
   * out of date, at once and again when the transaction ends ({@link PartnershipChanges}).
   */
  void partnershipsChanged() {
    changed.fire(new PartnershipsChanged());
  }

  /** Whether the partnership may carry the WOP label now, and why not. */
  public Compliance compliance(long id) {
    return compliance(get(id));
  }

  /** The compliance of a partnership already read. */
  public Compliance compliance(Partnership p) {
    return p.compliance(standing(p));
  }

  public List<AuditEntry> auditTrail(long id) {
    get(id);
    return audit.of(id);
  }

  private CharterStanding standing(Partnership p) {
    int current = charters.current().map(CharterVersion::number).orElse(0);
    int applicable = p.applicableCharterVersion(current);
    return new CharterStanding(applicable, charters.endorsers(p.operatorIds(), applicable));
  }

  // ---------------------------------------------------------------- creating and editing

  /** Records a newly identified partnership of a type, with its participants. */
  public Partnership identify(
      String typeId, PartnershipDetails details, List<Participant> participants, String actor) {
    return identify(typeId, details, participants, List.of(), Map.of(), actor);
  }

  /**
   * Records a newly identified partnership of a type, with its participants, supporting
   * organisations and the values of the type's extra fields; the type's rules are applied to the
   * whole, and nothing is stored when one is broken.
   */
  public Partnership identify(
      String typeId,
      PartnershipDetails details,
      List<Participant> participants,
      List<SupportingOrganisation> supporters,
      Map<String, String> extraValues,
      String actor) {
    PartnershipType type = types.require(typeId);
    requireKnownOperators(participants);
    requireKnownOrganisations(supporters);
    requireKnownWorkingAreas(details);
    details = withOperatorCountries(details, participants);
    Partnership p = new Partnership(type, details, participants, today(), now());
    p.replaceSupporters(supporters);
    p.replaceExtraValues(extraValues, type);
    requireTypeRules(p, type);
    p.refreshCompliance(standing(p));
    p = partnerships.store(p);
    partnershipsChanged();
    record(
        p,
        actor,
        "partnership.identified",
        null,
        p.status().name(),
        "Identified \"" + p.title() + "\".");
    return p;
  }

  /**
   * Proposes a partnership as a proposer gathers it: the partnership with its participants,
   * supporters and the type's fields, its agreement (when written) and the milestones planned, then
   * moved from IDENTIFIED to PROPOSED (everyone hears of the proposal) — all or nothing: a rule
   * broken anywhere leaves nothing stored, so that trying again does not make a second, half-made
   * partnership.
   */
  public Partnership propose(
      String typeId,
      PartnershipDetails details,
      List<Participant> participants,
      List<SupportingOrganisation> supporters,
      Map<String, String> extraValues,
      AgreementTerms agreement,
      List<PlannedMilestone> milestones,
      String actor) {
    Partnership p = identify(typeId, details, participants, supporters, extraValues, actor);
    if (agreement != null) {
      writeAgreement(p.id(), null, agreement, actor);
    }
    for (PlannedMilestone m : milestones == null ? List.<PlannedMilestone>of() : milestones) {
      addMilestone(p.id(), m.title(), m.plannedDate(), actor);
    }
    return changeStatus(p.id(), null, PartnershipStatus.PROPOSED, actor);
  }

  /** Replaces the values of the type's extra fields. */
  public Partnership replaceExtraValues(
      long id, Long expectedVersion, Map<String, String> values, String actor) {
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          String before = p.extraValues().toString();
          PartnershipType type = types.require(p.typeId());
          p.replaceExtraValues(values, type);
          requireTypeRules(p, type);
          record(
              p,
              actor,
              "extra-fields.changed",
              before,
              p.extraValues().toString(),
              "Changed the type's fields.");
        });
  }

  /**
   * The type's own rules (beyond role mix and fields), on a snapshot of the partnership with its
   * operators' countries.
   */
  private void requireTypeRules(Partnership p, PartnershipType type) {
    List<PartnershipFacts.ParticipantFact> participantFacts =
        p.participants().stream()
            .map(
                x ->
                    new PartnershipFacts.ParticipantFact(
                        x.operatorId(),
                        x.role(),
                        operators
                            .findById(x.operatorId())
                            .map(o -> o.country().code())
                            .orElse(null)))
            .toList();
    List<PartnershipFacts.SupporterFact> supporterFacts =
        p.supporters().stream()
            .map(
                s ->
                    new PartnershipFacts.SupporterFact(
                        s.organisationId(),
                        s.role(),
                        organisations.findById(s.organisationId()).map(o -> o.kind()).orElse(null)))
            .toList();
    List<DomainRuleViolation> violations =
        TypeRules.own(
            type,
            new PartnershipFacts(participantFacts, supporterFacts, p.countries(), p.extraValues()));
    if (!violations.isEmpty()) {
      throw DomainRuleViolation.all(violations);
    }
  }

  /**
   * The countries where the partnership works: as given, or else those of its operators (so that
   * searches and statistics by country and region find it).
   */
  private PartnershipDetails withOperatorCountries(
      PartnershipDetails d, List<Participant> participants) {
    if (d == null || (d.countries() != null && !d.countries().isEmpty()) || participants == null) {
      return d;
    }
    java.util.Set<String> countries = new java.util.TreeSet<>();
    for (Participant x : participants) {
      operators.findById(x.operatorId()).ifPresent(o -> countries.add(o.country().code()));
    }
    return new PartnershipDetails(
        d.title(),
        d.objectives(),
        d.approach(),
        d.expectedOutcomes(),
        d.currency(),
        d.workingAreas(),
        countries,
        d.plannedStart(),
        d.plannedEnd(),
        d.actualStart(),
        d.actualEnd());
  }

  private void requireKnownOrganisations(List<SupportingOrganisation> supporters) {
    for (SupportingOrganisation s :
        supporters == null ? List.<SupportingOrganisation>of() : supporters) {
      if (organisations.findById(s.organisationId()).isEmpty()) {
        throw new DomainRuleViolation(
            "partnership.supporter.unknown-organisation",
            "supporters",
            "There is no organisation with id " + s.organisationId() + ".");
      }
    }
  }

  public Partnership editDetails(
      long id, Long expectedVersion, PartnershipDetails details, String actor) {
    requireKnownWorkingAreas(details);
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          PartnershipDetails before = p.details();
          p.editDetails(withOperatorCountries(details, p.participants()), today());
          requireTypeRules(p, types.require(p.typeId()));
          record(
              p,
              actor,
              "details.edited",
              describe(before),
              describe(p.details()),
              "Edited the details.");
        });
  }

  public Partnership replaceParticipants(
      long id, Long expectedVersion, List<Participant> participants, String actor) {
    requireKnownOperators(participants);
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          String before = describeParticipants(p.participants());
          PartnershipType type = types.require(p.typeId());
          p.replaceParticipants(participants, type);
          requireTypeRules(p, type);
          record(
              p,
              actor,
              "participants.changed",
              before,
              describeParticipants(p.participants()),
              "Changed the participants.");
        });
  }

  public Partnership replaceSupporters(
      long id, Long expectedVersion, List<SupportingOrganisation> supporters, String actor) {
    requireKnownOrganisations(supporters);
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          p.replaceSupporters(supporters);
          requireTypeRules(p, types.require(p.typeId()));
          record(
              p,
              actor,
              "supporters.changed",
              null,
              String.valueOf(supporters.size()),
              "Changed the supporting organisations.");
        });
  }

  public Partnership writeAgreement(
      long id, Long expectedVersion, AgreementTerms terms, String actor) {
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          boolean hadSignatures = !p.signatures().isEmpty();
          p.writeAgreement(terms);
          record(
              p,
              actor,
              "agreement.written",
              null,
              terms.objectivesAndOutputs(),
              hadSignatures && p.signatures().isEmpty()
                  ? "Rewrote the agreement; the signatures were withdrawn."
                  : "Wrote the agreement.");
        });
  }

  /**
   * A participating operator signs the agreement; when the last one signs, everyone hears of it.
   */
  public Partnership sign(long id, long operatorId, String signedBy, String actor) {
    return change(
        id,
        null,
        actor,
        p -> {
          List<Milestone> reached =
              p.sign(operatorId, signedBy, now(), types.find(p.typeId()).orElse(null));
          record(
              p,
              actor,
              "agreement.signed",
              null,
              String.valueOf(operatorId),
              signedBy + " signed for operator " + operatorId + ".");
          for (Milestone m : reached) {
            record(
                p,
                actor,
                "milestone.reached",
                MilestoneStatus.PLANNED.name(),
                m.actualDate().orElseThrow().toString(),
                "Reached \"" + m.title() + "\" (signed by all).");
          }
          if (p.isAgreementSignedByAll()) {
            events.fire(new AgreementSignedByAll(p.id(), now(), actor));
          }
        });
  }

  /** Moves the partnership along its lifecycle, under the Charter's rules. */
  public Partnership changeStatus(
      long id, Long expectedVersion, PartnershipStatus target, String actor) {
    return change(
        id,
        expectedVersion,
        actor,
        p -> {
          StatusChange change = p.changeStatus(target, standing(p), today());
          record(
              p,
              actor,
              "status.changed",
              change.from().name(),
              change.to().name(),
              "Status " + change.from() + " → " + change.to() + ".");
          OffsetDateTime now = now();
          events.fire(new PartnershipStatusChanged(p.id(), change.from(), change.to(), now, actor));
          if (change.to() == PartnershipStatus.PROPOSED) {
            events.fire(new PartnershipProposed(p.id(), now, actor));
          }
          if (change.to() == PartnershipStatus.AGREED) {
            events.fire(
                new PartnershipAgreed(p.id(), p.agreedCharterVersion().orElseThrow(), now, actor));
          }
        });
  }

  /**
   * Publishes or takes down the profile, without asking who may: the secretariat's own switch
   * ({@link PublicationService} checks the caller first) and the demo data.
   */
  public Partnership publish(long id, boolean published, String actor) {
    return change(
        id,
        null,
        actor,
        p -> {
          boolean before = p.published();
          if (published) {
            p.publish(actor, now());
          } else {
            p.unpublish(actor, now());
          }
          record(
              p,
              actor,
              "published.changed",
              String.valueOf(before),
              String.valueOf(published),
              published ? "Published the profile." : "Unpublished the profile.");
        });
  }

  // ---------------------------------------------------------------- milestones

  public Milestone addMilestone(long id, String title, LocalDate plannedDate, String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              x.addMilestone(title, plannedDate);
              record(
                  x,
                  actor,
                  "milestone.added",
                  null,
                  title + " @ " + plannedDate,
                  "Added the milestone \"" + title + "\".");
            });
    return p.milestones().stream()
        .filter(m -> m.title().equals(title.strip()) && m.plannedDate().equals(plannedDate))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  public Milestone reachMilestone(long id, long milestoneId, LocalDate actualDate, String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              Milestone m =
                  x.reachMilestone(
                      milestoneId, actualDate, today(), types.find(x.typeId()).orElse(null));
              record(
                  x,
                  actor,
                  "milestone.reached",
                  MilestoneStatus.PLANNED.name(),
                  actualDate.toString(),
                  "Reached \"" + m.title() + "\".");
              events.fire(new MilestoneReached(x.id(), milestoneId, actualDate, now(), actor));
            });
    return p.milestone(milestoneId);
  }

  /** Why the milestone cannot be reached on {@code on}, if it cannot (nothing changes). */
  public java.util.Optional<DomainRuleViolation> reachRefusal(
      long id, long milestoneId, LocalDate on) {
    Partnership p = get(id);
    return p.reachRefusal(p.milestone(milestoneId), on, types.find(p.typeId()).orElse(null));
  }

  public Milestone cancelMilestone(long id, long milestoneId, String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              Milestone m = x.cancelMilestone(milestoneId);
              record(
                  x, actor, "milestone.cancelled", null, null, "Cancelled \"" + m.title() + "\".");
            });
    return p.milestone(milestoneId);
  }

  /** Moves a planned milestone to a new date (a reached or cancelled one cannot move). */
  public Milestone rescheduleMilestone(
      long id, long milestoneId, LocalDate plannedDate, String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              LocalDate before = x.milestone(milestoneId).plannedDate();
              Milestone m = x.rescheduleMilestone(milestoneId, plannedDate);
              record(
                  x,
                  actor,
                  "milestone.rescheduled",
                  String.valueOf(before),
                  String.valueOf(plannedDate),
                  "Rescheduled \"" + m.title() + "\".");
            });
    return p.milestone(milestoneId);
  }

  // ---------------------------------------------------------------- work plan and results

  public Partnership addActivity(
      long id,
      String title,
      String workingArea,
      LocalDate start,
      LocalDate end,
      BigDecimal budget,
      String responsible,
      String actor) {
    if (reference.workingArea(workingArea).isEmpty()) {
      throw unknownWorkingArea(workingArea, "workingArea");
    }
    return change(
        id,
        null,
        actor,
        p -> {
          p.addActivity(title, workingArea, start, end, budget, responsible);
          record(p, actor, "activity.added", null, title, "Added the activity \"" + title + "\".");
        });
  }

  /** Reports how far an activity of the work plan has come (a percentage). */
  public Partnership reportActivityProgress(long id, long activityId, int percent, String actor) {
    return change(
        id,
        null,
        actor,
        p -> {
          Activity a = p.reportActivityProgress(activityId, percent);
          record(
              p,
              actor,
              "activity.progress",
              null,
              percent + "%",
              "\"" + a.title() + "\" is " + percent + "% done.");
        });
  }

  public Partnership addOutput(
      long id,
      String title,
      String unit,
      BigDecimal quantity,
      LocalDate completionDate,
      String meansOfVerification,
      String actor) {
    return change(
        id,
        null,
        actor,
        p -> {
          p.addOutput(title, unit, quantity, completionDate, meansOfVerification);
          record(p, actor, "output.added", null, title, "Added the output \"" + title + "\".");
        });
  }

  /**
   * Adds a budgeted cost; the category is parsed so that a fee, margin or profit line is refused by
   * name.
   */
  public Partnership addCostLine(
      long id, String category, String description, BigDecimal amount, String actor) {
    CostLine line = new CostLine(CostCategory.parse(category), description, amount);
    return change(
        id,
        null,
        actor,
        p -> {
          p.addCostLine(line);
          record(
              p,
              actor,
              "cost.added",
              null,
              line.category() + " " + line.amount(),
              "Added the cost \"" + line.description() + "\".");
        });
  }

  public Indicator defineIndicator(
      long id, String kpiCode, BigDecimal baselineValue, LocalDate baselineDate, String actor) {
    Kpi kpi =
        reference
            .kpi(kpiCode)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "indicator.kpi.unknown",
                        "kpiCode",
                        "'" + kpiCode + "' is not a KPI of the reference list."));
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              x.defineIndicator(kpi, baselineValue, baselineDate, today());
              record(
                  x,
                  actor,
                  "indicator.defined",
                  null,
                  kpiCode,
                  "Now follows " + kpiCode + " (" + kpi.unit() + ").");
            });
    return p.indicators().stream()
        .filter(i -> i.kpiCode().equals(kpiCode))
        .findFirst()
        .orElseThrow();
  }

  public Indicator setIndicatorTarget(
      long id, long indicatorId, int year, BigDecimal value, String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              Indicator i = x.setIndicatorTarget(indicatorId, year, value);
              record(
                  x,
                  actor,
                  "indicator.target",
                  null,
                  year + ": " + value,
                  "Set the " + year + " target of " + i.kpiCode() + ".");
            });
    return p.indicator(indicatorId);
  }

  public Indicator recordIndicatorValue(
      long id,
      long indicatorId,
      LocalDate measuredOn,
      BigDecimal value,
      String unit,
      String actor) {
    Partnership p =
        change(
            id,
            null,
            actor,
            x -> {
              Indicator i =
                  x.recordIndicatorValue(
                      indicatorId, measuredOn, value, unit, actor, now(), today());
              record(
                  x,
                  actor,
                  "indicator.value",
                  null,
                  measuredOn + ": " + value + " " + i.unit(),
                  "Recorded a value of " + i.kpiCode() + ".");
            });
    return p.indicator(indicatorId);
  }

  public CapacityAssessment assessCapacity(
      long id,
      String dimensionCode,
      int perceivedChange,
      int wopContribution,
      CapacityAssessment.DecidedBy decidedBy,
      LocalDate assessedOn,
      String notes,
      String actor) {
    if (reference.capacityDimension(dimensionCode).isEmpty()) {
      throw new DomainRuleViolation(
          "assessment.dimension.unknown",
          "dimension",
          "'" + dimensionCode + "' is not a capacity-change dimension of the reference list.");
    }
    CapacityAssessment[] made = new CapacityAssessment[1];
    change(
        id,
        null,
        actor,
        p -> {
          made[0] =
              p.assessCapacity(
                  dimensionCode,
                  perceivedChange,
                  wopContribution,
                  decidedBy,
                  assessedOn,
                  notes,
                  today());
          record(
              p,
              actor,
              "capacity.assessed",
              null,
              dimensionCode + " " + perceivedChange,
              "Assessed " + dimensionCode + ".");
        });
    return made[0];
  }

  // ---------------------------------------------------------------- helpers

  /** One change of the partnership (for the use cases of this package, in their transaction). */
  Partnership change(long id, Long expectedVersion, String actor, Consumer<Partnership> change) {
    Objects.requireNonNull(actor, "actor is required");
    Partnership p = get(id);
    Long expected = VersionCondition.expected("partnership", id, expectedVersion);
    if (expected != null && expected != p.version()) {
      throw new StaleVersionException("partnership", id, expected, p.version());
    }
    change.accept(p);
    p.refreshCompliance(standing(p));
    p.changedAt(now());
    partnershipsChanged();
    return partnerships.store(p);
  }

  /** An endorsement may make the operator's partnerships compliant. */
  void onEndorsed(@Observes CharterEndorsed e) {
    refreshCompliance(partnerships.idsWithParticipant(e.operatorId()));
  }

  /** A new Charter version applies to every partnership not yet agreed. */
  void onCharterPublished(@Observes CharterVersionPublished e) {
    refreshCompliance(partnerships.idsNotYetAgreed());
  }

  private void refreshCompliance(List<Long> ids) {
    for (Long id : ids) {
      Partnership p = get(id);
      // the reasons shown change even when the flag does not: a new version either way
      p.refreshCompliance(standing(p));
      p.changedAt(now());
      partnerships.store(p);
    }
    if (!ids.isEmpty()) {
      partnershipsChanged();
    }
  }

  void record(
      Partnership p, String actor, String action, String from, String to, String description) {
    audit.record(new AuditEntry(p.id(), now(), actor, action, from, to, description));
  }

  private void requireKnownOperators(List<Participant> participants) {
    if (participants == null) {
      return;
    }
    for (Participant x : participants) {
      if (operators.findById(x.operatorId()).isEmpty()) {
        throw new DomainRuleViolation(
            "partnership.participant.unknown-operator",
            "participants",
            "There is no operator with id " + x.operatorId() + ".");
      }
    }
  }

  private void requireKnownWorkingAreas(PartnershipDetails details) {
    if (details == null || details.workingAreas() == null) {
      return;
    }
    for (String code : details.workingAreas()) {
      if (reference.workingArea(code).isEmpty()) {
        throw unknownWorkingArea(code, "workingAreas");
      }
    }
  }

  private static DomainRuleViolation unknownWorkingArea(String code, String field) {
    return new DomainRuleViolation(
        "working-area.unknown",
        field,
        "'" + code + "' is not a working area of the reference list.");
  }

  private static String describe(PartnershipDetails d) {
    return d.title()
        + " | "
        + d.currency()
        + " | planned "
        + d.plannedStart()
        + "–"
        + d.plannedEnd()
        + " | actual "
        + d.actualStart()
        + "–"
        + d.actualEnd()
        + " | areas "
        + d.workingAreas()
        + " | countries "
        + d.countries();
  }

  private static String describeParticipants(List<Participant> list) {
    return list.stream()
        .map(
            x ->
                x.operatorId()
                    + ":"
                    + x.role()
                    + " cash "
                    + x.cashContribution().map(BigDecimal::toPlainString).orElse("not stated")
                    + " in-kind "
                    + x.inKindContribution().map(BigDecimal::toPlainString).orElse("not stated"))
        .toList()
        .toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
