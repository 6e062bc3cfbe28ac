package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingAreaLabels;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.TypeRules;

/**
 * The rules a partnership's contents must meet beyond the aggregate's own: the operators,
 * organisations and working areas it names exist, and its type's own rules hold on a snapshot of it
 * with its operators' countries.
 */
@ApplicationScoped
public class PartnershipChecks {
  private OperatorRepository operators;
  private OrganisationRepository organisations;
  private ReferenceData reference;
  private WorkingAreaLabels labels;

  protected PartnershipChecks() {
    // for CDI proxies
  }

  @Inject
  public PartnershipChecks(
      OperatorRepository operators,
      OrganisationRepository organisations,
      ReferenceData reference,
      WorkingAreaLabels labels) {
    this.operators = Objects.requireNonNull(operators);
    this.organisations = Objects.requireNonNull(organisations);
    this.reference = Objects.requireNonNull(reference);
    this.labels = Objects.requireNonNull(labels);
  }

  /**
   * The details with each source's label of a working area that came without a code mapped as the
   * secretariat mapped it ({@link WorkingAreaLabels}); a label nobody mapped stays alone, seen.
   */
  public PartnershipDetails labelled(PartnershipDetails details) {
    return labels.resolve(details);
  }

  /** Refuses a participant that is not a registered operator. */
  public void knownOperators(List<Participant> participants) {
    for (Participant x : participants == null ? List.<Participant>of() : participants) {
      if (operators.findById(x.operatorId()).isEmpty()) {
        throw new DomainRuleViolation(
            "partnership.participant.unknown-operator",
            "participants",
            "There is no operator with id " + x.operatorId() + ".",
            x.operatorId());
      }
    }
  }

  /** Refuses a supporter that is not a registered organisation. */
  public void knownOrganisations(List<SupportingOrganisation> supporters) {
    for (SupportingOrganisation s :
        supporters == null ? List.<SupportingOrganisation>of() : supporters) {
      if (organisations.findById(s.organisationId()).isEmpty()) {
        throw new DomainRuleViolation(
            "partnership.supporter.unknown-organisation",
            "supporters",
            "There is no organisation with id " + s.organisationId() + ".",
            s.organisationId());
      }
    }
  }

  /** Refuses budget lines from organisations the registry does not have. */
  public void knownFunders(Budget budget) {
    List<BudgetLine> lines = budget == null ? List.of() : budget.lines();
    for (int i = 0; i < lines.size(); i++) {
      Long id = lines.get(i).organisationId().orElse(null);
      if (id != null && organisations.findById(id).isEmpty()) {
        throw new DomainRuleViolation(
            "partnership.budget.unknown-funder",
            budget.lineField(i) + ".organisationId",
            "There is no organisation with id " + id + ".",
            id);
      }
    }
  }

  /** Refuses working areas that the reference list does not have. */
  public void knownWorkingAreas(PartnershipDetails details) {
    if (details == null || details.workingAreas() == null) {
      return;
    }
    for (String code : details.workingAreas()) {
      knownWorkingArea(code, "workingAreas");
    }
  }

  /** Refuses a working area that the reference list does not have, naming the field. */
  public void knownWorkingArea(String code, String field) {
    if (reference.workingArea(code).isEmpty()) {
      throw new DomainRuleViolation(
          "working-area.unknown",
          field,
          "'" + code + "' is not a working area of the reference list.",
          code);
    }
  }

  /** The type's own rules (beyond role mix and fields), all broken ones at once. */
  public void typeRules(Partnership p, PartnershipType type) {
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
  public PartnershipDetails withOperatorCountries(
      PartnershipDetails d, List<Participant> participants) {
    if (d == null || (d.countries() != null && !d.countries().isEmpty()) || participants == null) {
      return d;
    }
    Set<String> countries = new TreeSet<>();
    for (Participant x : participants) {
      operators.findById(x.operatorId()).ifPresent(o -> countries.add(o.country().code()));
    }
    return d.toBuilder().countries(countries).build();
  }
}
