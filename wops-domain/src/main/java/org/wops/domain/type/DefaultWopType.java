package org.wops.domain.type;

import java.util.List;

/**
 * The domain's own default type, always installed: a Water Operators' Partnership in which at least
 * one mentor supports at least one mentee, or in which every operator takes part as a peer. Plugins
 * add more specific types.
 */
public class DefaultWopType implements PartnershipType {
  public static final String ID = "wop";

  /**
   * The usual steps of a WOP, from concept note to final evaluation, reached in this order: the
   * agreement milestone once every partner signed (the last signature reaches it), the final
   * evaluation once the partnership is completed.
   */
  public static final List<MilestoneTemplate> STANDARD_MILESTONES =
      List.of(
          milestone(
              "concept-note",
              "Concept note",
              "Note conceptuelle",
              "Nota conceptual",
              MilestoneTemplate.Anchor.PLANNED_START,
              -60),
          milestone(
                  "letter-of-intent",
                  "Letter of intent",
                  "Lettre d’intention",
                  "Carta de intención",
                  MilestoneTemplate.Anchor.PLANNED_START,
                  -30)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES),
          milestone(
                  "agreement-signed",
                  "Partnership agreement signed",
                  "Accord de partenariat signé",
                  "Acuerdo de alianza firmado",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  0)
              .when(
                  ReachCondition.AFTER_EARLIER_MILESTONES, ReachCondition.AGREEMENT_SIGNED_BY_ALL),
          milestone(
                  "work-plan",
                  "Joint work plan approved",
                  "Plan de travail conjoint approuvé",
                  "Plan de trabajo conjunto aprobado",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  30)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES),
          milestone(
                  "baseline",
                  "Baseline assessment",
                  "Évaluation de référence",
                  "Evaluación de línea de base",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  60)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES),
          milestone(
                  "mid-term",
                  "Mid-term review",
                  "Revue à mi-parcours",
                  "Revisión de medio término",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  365)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES),
          milestone(
                  "final-report",
                  "Final report",
                  "Rapport final",
                  "Informe final",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  700)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES),
          milestone(
                  "final-evaluation",
                  "Final evaluation",
                  "Évaluation finale",
                  "Evaluación final",
                  MilestoneTemplate.Anchor.AGREEMENT_SIGNED,
                  730)
              .when(ReachCondition.AFTER_EARLIER_MILESTONES, ReachCondition.PARTNERSHIP_COMPLETED));

  public static MilestoneTemplate milestone(
      String key, String en, String fr, String es, MilestoneTemplate.Anchor anchor, int days) {
    return new MilestoneTemplate(key, Labels.of(en, fr, es), anchor, days);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Labels name() {
    return Labels.of(
        "Water Operators' Partnership",
        "Partenariat entre opérateurs d'eau",
        "Alianza entre operadores de agua");
  }

  @Override
  public Labels description() {
    return Labels.of(
        "A not-for-profit peer-support partnership between water or sanitation operators.",
        "Un partenariat d'entraide sans but lucratif entre opérateurs d'eau ou d'assainissement.",
        "Una alianza de apoyo entre pares, sin fines de lucro, entre operadores de agua o saneamiento.");
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.mentoring(2), RoleMix.peersOnly(2));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return STANDARD_MILESTONES;
  }
}
