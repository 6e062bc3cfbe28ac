package org.wops.api.iati;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platform knows when it maps IATI activities: the registered operators and organisations
 * (with their names folded the way {@link org.wops.domain.operator.OperatorNames} folds them), the
 * working areas, and the secretariat's choices (an operator or organisation for a participating
 * organisation, a participant's role, by the organisation's name or IATI ref as in the file).
 */
final class IatiActivity {
  private IatiActivity() {}

  /**
   * A narrative: its language (its own, the activity's or the file's; null: undeclared), and
   * whether it declares that language itself ({@code xml:lang} on the narrative).
   */
  record Narrative(String language, String text, boolean ownLanguage) {}

  /**
   * A registered operator: its names folded (name and other names: strong; short name: weak), and
   * all of them as likely duplicates compare them ({@code alike}).
   */
  record KnownOperator(
      long id,
      String name,
      String shortName,
      String country,
      String city,
      Set<String> names,
      Set<String> shortNames,
      org.wops.domain.operator.LikelySameOperator alike) {}

  /** A registered organisation, its names folded. */
  record KnownOrganisation(long id, String name, String shortName, Set<String> names) {}

  /**
   * What the platform has, what the secretariat chose, and what an earlier import of the same
   * activities recorded ({@code rememberedOperators}: a participating organisation's name or ref
   * with the operator its partnership holds; {@code rememberedRoles}: with the role it holds
   * there), used where the secretariat chose nothing this time.
   */
  record Registry(
      List<KnownOperator> operators,
      List<KnownOrganisation> organisations,
      Set<String> workingAreas,
      Map<String, Long> operatorChoices,
      Map<String, String> roleChoices,
      Map<String, Long> organisationChoices,
      Map<String, Long> rememberedOperators,
      Map<String, String> rememberedRoles) {
    Registry {
      operatorChoices = operatorChoices == null ? Map.of() : operatorChoices;
      roleChoices = roleChoices == null ? Map.of() : roleChoices;
      organisationChoices = organisationChoices == null ? Map.of() : organisationChoices;
      rememberedOperators = rememberedOperators == null ? Map.of() : rememberedOperators;
      rememberedRoles = rememberedRoles == null ? Map.of() : rememberedRoles;
    }

    Registry(
        List<KnownOperator> operators,
        List<KnownOrganisation> organisations,
        Set<String> workingAreas,
        Map<String, Long> operatorChoices,
        Map<String, String> roleChoices,
        Map<String, Long> organisationChoices) {
      this(
          operators,
          organisations,
          workingAreas,
          operatorChoices,
          roleChoices,
          organisationChoices,
          null,
          null);
    }

    /** The same registry, remembering what an earlier import recorded. */
    Registry remembering(Map<String, Long> operators, Map<String, String> roles) {
      return new Registry(
          this.operators,
          organisations,
          workingAreas,
          operatorChoices,
          roleChoices,
          organisationChoices,
          operators,
          roles);
    }
  }
}
