package org.wops.plugins.mentoring;

import java.util.List;
import java.util.Set;
import org.wops.domain.type.DefaultWopType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/**
 * A mentoring WOP: a stronger operator (or several) shares skills and know-how with one that needs
 * support. At least one mentor and one mentee; no peers.
 */
public class MentoringWopType implements PartnershipType {
  public static final String ID = "wop-mentoring";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Labels name() {
    return Labels.of("Mentoring WOP", "WOP de mentorat", "WOP de mentoría");
  }

  @Override
  public Labels description() {
    return Labels.of(
        "One or more mentor operators support one or more mentee operators.",
        "Un ou plusieurs opérateurs mentors accompagnent un ou plusieurs opérateurs bénéficiaires.",
        "Uno o más operadores mentores apoyan a uno o más operadores beneficiarios.");
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.mentoring(2));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return DefaultWopType.STANDARD_MILESTONES;
  }

  @Override
  public Set<String> suggestedWorkingAreas() {
    return Set.of("NRW", "BILLING", "ASSET_MANAGEMENT", "HUMAN_RESOURCES");
  }

  @Override
  public Set<String> suggestedKpis() {
    return Set.of("NRW_PCT", "COLLECTION_EFFICIENCY", "CONTINUITY", "COST_COVERAGE");
  }
}
