package org.wops.domain.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.shared.DomainRuleViolation;

/** Applies a partnership type's rules: its role mixes, its extra fields, and its own validation. */
public final class TypeRules {
  private TypeRules() {}

  /** Violations of the type's role mixes by these roles (one per participating operator). */
  public static List<DomainRuleViolation> roleMix(
      PartnershipType type, List<ParticipantRole> roles) {
    if (type.roleMixes().stream().anyMatch(mix -> mix.matches(roles))) {
      return List.of();
    }
    String accepted =
        type.roleMixes().stream()
            .map(m -> m.description().en())
            .collect(Collectors.joining("; or "));
    return List.of(
        new DomainRuleViolation(
            "partnership.participants.role-mix",
            "participants",
            "A "
                + type.name().en()
                + " accepts: "
                + accepted
                + " (found "
                + count(roles, ParticipantRole.MENTOR)
                + " mentor(s), "
                + count(roles, ParticipantRole.MENTEE)
                + " mentee(s), "
                + count(roles, ParticipantRole.PEER)
                + " peer(s)"
                + (roles.contains(ParticipantRole.SUPPORTING)
                    ? "; supporting operators are not counted"
                    : "")
                + ").",
            type.name(),
            type.roleMixes().stream().map(m -> m.description()).toList(),
            count(roles, ParticipantRole.MENTOR),
            count(roles, ParticipantRole.MENTEE),
            count(roles, ParticipantRole.PEER)));
  }

  private static long count(List<ParticipantRole> roles, ParticipantRole role) {
    return roles.stream().filter(r -> r == role).count();
  }

  /**
   * Violations of the type's extra fields by these values, including values for fields the type
   * does not have.
   */
  public static List<DomainRuleViolation> extraFields(
      PartnershipType type, Map<String, String> values) {
    List<DomainRuleViolation> violations = new ArrayList<>();
    for (ExtraField f : type.extraFields()) {
      f.check(values.get(f.name())).ifPresent(violations::add);
    }
    for (String name : values.keySet()) {
      if (type.extraFields().stream().noneMatch(f -> f.name().equals(name))) {
        violations.add(
            new DomainRuleViolation(
                "partnership.extra-field.unknown",
                "extraFields." + name,
                "A " + type.name().en() + " has no field '" + name + "'.",
                type.name(),
                name));
      }
    }
    return violations;
  }

  /**
   * The type's own validation; a type that throws is reported as a violation, not as an error of
   * the platform.
   */
  public static List<DomainRuleViolation> own(PartnershipType type, PartnershipFacts facts) {
    try {
      List<DomainRuleViolation> found = type.validate(facts);
      return found == null ? List.of() : found;
    } catch (RuntimeException e) {
      return List.of(
          new DomainRuleViolation(
              "partnership.type.failed",
              "typeId",
              "The partnership type '" + type.id() + "' could not check this partnership: " + e,
              type.id()));
    }
  }
}
