package org.wops.plugins.template;

import static org.wops.domain.type.DefaultWopType.milestone;

import java.util.List;
import java.util.Set;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.FieldType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.MilestoneTemplate.Anchor;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * An example partnership type to copy: a utility twinned with a municipal water service of the same
 * country. It shows every part of the SPI: id, names, role mixes, an extra field, a milestone
 * template, suggestions and a rule of its own. Change what it says, keep how it says it.
 */
public class TemplateTwinningType implements PartnershipType {
  /**
   * The stable id partnerships refer to. Lower case, digits and dashes; ids starting with "wop" are
   * reserved.
   */
  public static final String ID = "example-twinning";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Labels name() {
    return Labels.of(
        "Utility-to-municipality twinning",
        "Jumelage service-commune",
        "Hermanamiento empresa-municipio");
  }

  @Override
  public Labels description() {
    return Labels.of(
        "A utility supports a municipal water service of its own country.",
        "Un opérateur accompagne un service municipal de l'eau de son pays.",
        "Un operador apoya a un servicio municipal de agua de su país.");
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
        milestone(
            "twinning-agreement",
            "Twinning agreement signed",
            "Accord de jumelage signé",
            "Acuerdo de hermanamiento firmado",
            Anchor.AGREEMENT_SIGNED,
            0),
        milestone(
            "diagnosis",
            "Joint diagnosis of the municipal service",
            "Diagnostic conjoint du service municipal",
            "Diagnóstico conjunto del servicio municipal",
            Anchor.AGREEMENT_SIGNED,
            60),
        milestone(
            "final-review",
            "Final review with the municipal council",
            "Bilan final avec le conseil municipal",
            "Revisión final con el concejo municipal",
            Anchor.AGREEMENT_SIGNED,
            365));
  }

  @Override
  public Set<String> suggestedWorkingAreas() {
    return Set.of("GOVERNANCE", "NETWORK", "CUSTOMER_SERVICE");
  }

  @Override
  public List<DomainRuleViolation> validate(PartnershipFacts facts) {
    long countries =
        facts.participants().stream()
            .filter(x -> x.role() != ParticipantRole.SUPPORTING)
            .map(PartnershipFacts.ParticipantFact::country)
            .distinct()
            .count();
    if (countries > 1) {
      return List.of(
          new DomainRuleViolation(
              ID + ".same-country",
              "participants",
              "A twinning pairs a utility and a municipal service of the same country."));
    }
    return List.of();
  }
}
