package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.wops.domain.shared.RetryOnConflict;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;
import org.wops.domain.user.Viewer;

/**
 * Editing what a partnership says of itself: its details, participants, supporters and the values
 * of its type's extra fields. Each change is checked against the type's rules on the whole.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class PartnershipEditing {
  public record EditDetails(long id, Long expectedVersion, PartnershipDetails details)
      implements PartnershipCommand {}

  public record ReplaceParticipants(long id, Long expectedVersion, List<Participant> participants)
      implements PartnershipCommand {}

  public record ReplaceSupporters(
      long id, Long expectedVersion, List<SupportingOrganisation> supporters)
      implements PartnershipCommand {}

  public record ReplaceSources(long id, Long expectedVersion, List<Source> sources)
      implements PartnershipCommand {}

  public record ReplaceBudget(long id, Long expectedVersion, Budget budget)
      implements PartnershipCommand {}

  public record ReplaceExtraValues(long id, Long expectedVersion, Map<String, String> values)
      implements PartnershipCommand {}

  private PartnershipWork work;
  private PartnershipChecks checks;
  private PartnershipTypeRegistry types;

  protected PartnershipEditing() {
    // for CDI proxies
  }

  @Inject
  public PartnershipEditing(
      PartnershipWork work, PartnershipChecks checks, PartnershipTypeRegistry types) {
    this.work = work;
    this.checks = checks;
    this.types = types;
  }

  public Partnership editDetails(Viewer caller, EditDetails c) {
    PartnershipDetails details = checks.labelled(c.details());
    checks.knownWorkingAreas(details);
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          PartnershipDetails before = p.details();
          if (!p.editDetails(
              checks.withOperatorCountries(details, p.participants()), change.today())) {
            change.unchanged();
            return p;
          }
          checks.typeRules(p, types.require(p.typeId()));
          if (p.status().isOpen()) {
            change.record(
                "details.edited", describe(before), describe(p.details()), "Edited the details.");
          } else {
            change.record(
                "description.corrected",
                describe(before),
                describe(p.details()),
                "Corrected the description of the record (the partnership is " + p.status() + ").");
          }
          return p;
        });
  }

  public Partnership replaceParticipants(Viewer caller, ReplaceParticipants c) {
    checks.knownOperators(c.participants());
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          String before = describe(p.participants());
          PartnershipType type = types.require(p.typeId());
          if (!p.replaceParticipants(c.participants(), type)) {
            change.unchanged(); // the same participants: no new version, no audit entry
            return p;
          }
          checks.typeRules(p, type);
          change.record(
              "participants.changed",
              before,
              describe(p.participants()),
              "Changed the participants.");
          return p;
        });
  }

  public Partnership replaceSupporters(Viewer caller, ReplaceSupporters c) {
    checks.knownOrganisations(c.supporters());
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          if (!p.replaceSupporters(c.supporters())) {
            change.unchanged();
            return p;
          }
          checks.typeRules(p, types.require(p.typeId()));
          change.record(
              "supporters.changed",
              null,
              String.valueOf(c.supporters().size()),
              "Changed the supporting organisations.");
          return p;
        });
  }

  /** Replaces where the partnership's facts come from. */
  public Partnership replaceSources(Viewer caller, ReplaceSources c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          if (!p.replaceSources(c.sources(), change.today())) {
            change.unchanged();
            return p;
          }
          change.record(
              "sources.changed",
              null,
              c.sources().stream().map(Source::title).reduce((a, b) -> a + "; " + b).orElse(""),
              "Changed the sources.");
          return p;
        });
  }

  /** Replaces the budget as the sources state it (its funders must be known organisations). */
  public Partnership replaceBudget(Viewer caller, ReplaceBudget c) {
    checks.knownFunders(c.budget());
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          String before = p.budget().describe();
          if (before.equals(c.budget().describe())) {
            change.unchanged(); // the same budget: no new version, no audit entry
            return p;
          }
          p.replaceBudget(c.budget());
          change.record("budget.changed", before, p.budget().describe(), "Changed the budget.");
          return p;
        });
  }

  /** Replaces the values of the type's extra fields. */
  public Partnership replaceExtraValues(Viewer caller, ReplaceExtraValues c) {
    return work.change(
        caller,
        c,
        Permission.EDIT,
        change -> {
          Partnership p = change.partnership();
          String before = p.extraValues().toString();
          PartnershipType type = types.require(p.typeId());
          if (!p.replaceExtraValues(c.values(), type)) {
            change.unchanged();
            return p;
          }
          checks.typeRules(p, type);
          change.record(
              "extra-fields.changed",
              before,
              p.extraValues().toString(),
              "Changed the type's fields.");
          return p;
        });
  }

  static String describe(PartnershipDetails d) {
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

  static String describe(List<Participant> list) {
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
}
