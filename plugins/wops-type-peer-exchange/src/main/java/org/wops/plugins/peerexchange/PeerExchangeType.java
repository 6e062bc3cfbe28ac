package org.wops.plugins.peerexchange;

import static org.wops.domain.type.DefaultWopType.milestone;

import java.util.List;
import java.util.Set;
import org.wops.domain.type.ExtraField;
import org.wops.domain.type.FieldType;
import org.wops.domain.type.Labels;
import org.wops.domain.type.MilestoneTemplate;
import org.wops.domain.type.MilestoneTemplate.Anchor;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.RoleMix;

/** A peer exchange: two or more operators learn from each other as equals. Peers only. */
public class PeerExchangeType implements PartnershipType {
  public static final String ID = "wop-peer-exchange";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Labels name() {
    return Labels.of("Peer exchange", "Échange entre pairs", "Intercambio entre pares");
  }

  @Override
  public Labels description() {
    return Labels.of(
        "Two or more operators exchange practice as equals; every partner is a peer.",
        "Deux opérateurs ou plus échangent leurs pratiques d'égal à égal ; chaque partenaire est un pair.",
        "Dos o más operadores intercambian prácticas como iguales; cada socio es un par.");
  }

  @Override
  public List<RoleMix> roleMixes() {
    return List.of(RoleMix.peersOnly(2));
  }

  @Override
  public List<ExtraField> extraFields() {
    return List.of(
        new ExtraField(
            "exchangeFormat",
            FieldType.CHOICE,
            false,
            List.of("STUDY_VISITS", "STAFF_SECONDMENT", "JOINT_WORKSHOPS", "MIXED"),
            Labels.of("Exchange format", "Format d'échange", "Formato de intercambio")));
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return List.of(
        milestone(
            "concept-note",
            "Concept note",
            "Note conceptuelle",
            "Nota conceptual",
            Anchor.PLANNED_START,
            -30),
        milestone(
            "agreement-signed",
            "Exchange agreement signed",
            "Accord d'échange signé",
            "Acuerdo de intercambio firmado",
            Anchor.AGREEMENT_SIGNED,
            0),
        milestone(
            "first-exchange",
            "First exchange visit",
            "Première visite d'échange",
            "Primera visita de intercambio",
            Anchor.AGREEMENT_SIGNED,
            90),
        milestone(
            "return-exchange",
            "Return exchange visit",
            "Visite d'échange retour",
            "Visita de intercambio de retorno",
            Anchor.AGREEMENT_SIGNED,
            240),
        milestone(
            "lessons-learned",
            "Joint lessons-learned report",
            "Rapport conjoint des enseignements",
            "Informe conjunto de lecciones aprendidas",
            Anchor.AGREEMENT_SIGNED,
            365));
  }

  @Override
  public Set<String> suggestedWorkingAreas() {
    return Set.of("CUSTOMER_SERVICE", "GOVERNANCE", "CLIMATE", "ENERGY");
  }
}
