package org.wops.domain.type;

import java.util.List;
import java.util.Set;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * A kind of partnership (the extension point for partnership-type plugins). An implementation is a
 * public class with a public no-argument constructor, listed in {@code
 * META-INF/services/org.wops.domain.type.PartnershipType} of its jar; it is stateless and
 * thread-safe, and depends on {@code wops-domain} only.
 */
public interface PartnershipType {

  /**
   * The stable id partnerships refer to: lower case letters, digits and dashes, e.g. {@code
   * climate-resilience}.
   */
  String id();

  Labels name();

  Labels description();

  /** The participant role mixes this type accepts; a partnership must match one of them. */
  List<RoleMix> roleMixes();

  /** The milestones a new partnership of this type starts with. */
  List<MilestoneTemplate> milestoneTemplate();

  /** Fields this type adds to its partnerships; their values are kept with the partnership. */
  default List<ExtraField> extraFields() {
    return List.of();
  }

  /** Working areas (codes of the reference list) a partnership of this type usually covers. */
  default Set<String> suggestedWorkingAreas() {
    return Set.of();
  }

  /** KPIs (codes of the reference list) a partnership of this type usually follows. */
  default Set<String> suggestedKpis() {
    return Set.of();
  }

  /**
   * This type's own rules beyond role mixes and extra fields. Returns the violations (an empty list
   * when the partnership is valid); never throws for bad data.
   */
  default List<DomainRuleViolation> validate(PartnershipFacts facts) {
    return List.of();
  }
}
