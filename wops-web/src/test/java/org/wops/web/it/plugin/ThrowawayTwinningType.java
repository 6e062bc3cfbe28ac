package org.wops.web.it.plugin;

import java.util.List;
import java.util.Set;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.FieldType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * A partnership type that exists only in a jar the test builds and drops into the plugins folder: a
 * utility-to-municipality twinning (one mentor, one mentee, in the same country), with a required
 * field.
 */
public class ThrowawayTwinningType implements PartnershipType {
  @Override
  public String id() {
    return "twinning";
  }

  @Override
  public Labels name() {
    return Labels.of(
        "Utility-to-municipality twinning", "Jumelage entre services", "Hermanamiento municipal");
  }

  @Override
  public Labels description() {
    return Labels.of("A utility twinned with a municipal water service.", null, null);
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.mentoring(2));
  }

  @Override
  public List<ExtraField> extraFields() {
    return List.of(
        new ExtraField(
            "municipality",
            FieldType.TEXT,
            true,
            null,
            Labels.of("Municipality", "Commune", "Municipio")));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return List.of(
        new MilestoneTemplate(
            "twinning-charter",
            Labels.of("Twinning charter signed", null, null),
            MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
            0),
        new MilestoneTemplate(
            "first-visit",
            Labels.of("First visit", null, null),
            MilestoneTemplate.Anchor.PLANNED_START,
            45));
  }

  @Override
  public Set<String> suggestedWorkingAreas() {
    return Set.of("GOVERNANCE");
  }

  @Override
  public List<DomainRuleViolation> validate(PartnershipFacts facts) {
    long countries =
        facts.participants().stream()
            .map(PartnershipFacts.ParticipantFact::country)
            .distinct()
            .count();
    return countries == 1
        ? List.of()
        : List.of(
            new DomainRuleViolation(
                "twinning.same-country",
                "participants",
                "A twinning pairs two services of one country."));
  }
}
