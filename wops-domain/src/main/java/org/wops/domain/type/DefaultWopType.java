package org.wops.domain.type;

import java.util.ArrayList;
import java.util.List;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.Language;

/**
 * The built-in default type: a Water Operators' Partnership in which at least one mentor supports
 * at least one mentee, or in which every operator takes part as a peer. Mentors or mentees may not
 * be mixed with peers.
 */
public class DefaultWopType implements PartnershipType {
  public static final String ID = "wop";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name(Language language) {
    return switch (language) {
      case FR -> "Partenariat entre opérateurs d'eau";
      case ES -> "Alianza entre operadores de agua";
      default -> "Water Operators' Partnership";
    };
  }

  @Override
  public List<DomainRuleViolation> checkRoleMix(List<ParticipantRole> roles) {
    long mentors = roles.stream().filter(r -> r == ParticipantRole.MENTOR).count();
    long mentees = roles.stream().filter(r -> r == ParticipantRole.MENTEE).count();
    long peers = roles.stream().filter(r -> r == ParticipantRole.PEER).count();
    List<DomainRuleViolation> violations = new ArrayList<>();
    boolean mentoring = peers == 0 && mentors >= 1 && mentees >= 1;
    boolean exchange = peers == roles.size();
    if (!mentoring && !exchange) {
      violations.add(
          new DomainRuleViolation(
              "partnership.participants.role-mix",
              "participants",
              "A WOP needs at least one mentor and one mentee, or only peers (found "
                  + mentors
                  + " mentor(s), "
                  + mentees
                  + " mentee(s), "
                  + peers
                  + " peer(s))."));
    }
    return violations;
  }

  @Override
  public List<MilestoneTemplate> milestoneTemplate() {
    return List.of(
        new MilestoneTemplate("Concept note", -60),
        new MilestoneTemplate("Letter of intent", -30),
        new MilestoneTemplate("Partnership agreement signed", 0),
        new MilestoneTemplate("Joint work plan approved", 30),
        new MilestoneTemplate("Baseline assessment", 60),
        new MilestoneTemplate("Mid-term review", 365),
        new MilestoneTemplate("Final report", 700),
        new MilestoneTemplate("Final evaluation", 730));
  }
}
