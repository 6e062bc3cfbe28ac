package org.wops.plugins.regional;

import static org.wops.domain.type.DefaultWopType.milestone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.wops.domain.organisation.OrganisationKind;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.reference.Region;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.FieldType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.MilestoneTemplate.Anchor;
import org.wops.domain.type.PartnershipFacts;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * A regional WOP: three or more operators from at least two countries of one region, brokered by a
 * regional platform (a supporting organisation of kind PLATFORM in the role FACILITATOR). It names
 * its region, and may name the regional programme it belongs to.
 */
public class RegionalWopType implements PartnershipType {
  public static final String ID = "wop-regional";
  public static final String REGION = "region";
  public static final String PROGRAMME = "programme";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Labels name() {
    return Labels.of("Regional WOP", "WOP régional", "WOP regional");
  }

  @Override
  public Labels description() {
    return Labels.of(
        "Three or more operators from one region learn together, brokered by a regional platform.",
        "Trois opérateurs ou plus d'une même région apprennent ensemble, avec l'appui d'une plateforme régionale.",
        "Tres o más operadores de una misma región aprenden juntos, con el apoyo de una plataforma regional.");
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.mentoring(3), RoleMix.peersOnly(3));
  }

  @Override
  public List<ExtraField> extraFields() {
    return List.of(
        new ExtraField(
            REGION,
            FieldType.CHOICE,
            true,
            Arrays.stream(Region.values()).map(Region::name).toList(),
            Labels.of("Region", "Région", "Región")),
        new ExtraField(
            PROGRAMME,
            FieldType.TEXT,
            false,
            null,
            Labels.of("Regional programme", "Programme régional", "Programa regional")));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    List<MilestoneTemplate> template = new ArrayList<>(DefaultWopType.STANDARD_MILESTONES);
    template.add(
        milestone(
            "regional-learning-event",
            "Regional learning event",
            "Événement d'apprentissage régional",
            "Evento regional de aprendizaje",
            Anchor.AGREEMENT_SIGNED,
            180));
    template.add(
        milestone(
            "regional-dissemination",
            "Regional dissemination workshop",
            "Atelier régional de diffusion",
            "Taller regional de difusión",
            Anchor.AGREEMENT_SIGNED,
            720));
    return List.copyOf(template);
  }

  @Override
  public Set<String> suggestedWorkingAreas() {
    return Set.of("GOVERNANCE", "CLIMATE", "IWRM", "HUMAN_RESOURCES");
  }

  @Override
  public List<DomainRuleViolation> validate(PartnershipFacts facts) {
    List<DomainRuleViolation> violations = new ArrayList<>();
    boolean brokered =
        facts.supporters().stream()
            .anyMatch(
                s ->
                    s.role() == SupporterRole.FACILITATOR && s.kind() == OrganisationKind.PLATFORM);
    if (!brokered) {
      violations.add(
          new DomainRuleViolation(
              "regional.facilitator.required",
              "supporters",
              "A regional WOP is brokered by a regional platform: add a supporting organisation of kind PLATFORM"
                  + " as FACILITATOR."));
    }
    Set<String> countries =
        facts.participants().stream()
            .filter(x -> x.role() != ParticipantRole.SUPPORTING)
            .map(PartnershipFacts.ParticipantFact::country)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (countries.size() < 2) {
      violations.add(
          new DomainRuleViolation(
              "regional.countries.too-few",
              "participants",
              "A regional WOP brings together operators from at least two countries (found "
                  + countries
                  + ").",
              countries));
    }
    String regionName = facts.extraValues().get(REGION);
    Region region = regionName == null ? null : Region.valueOf(regionName);
    if (region != null) {
      List<String> outside = countries.stream().filter(c -> !region.contains(c)).sorted().toList();
      if (!outside.isEmpty()) {
        violations.add(
            new DomainRuleViolation(
                "regional.countries.outside-region",
                "participants",
                "Every operator of a regional WOP is in its region ("
                    + region
                    + "); not: "
                    + outside
                    + ".",
                region,
                outside));
      }
    }
    return violations;
  }
}
