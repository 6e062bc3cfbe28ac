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
   * What the platform has, what the secretariat chose ({@code notOperators}: the names or refs of
   * organisations it says are no operator, recorded as supporting organisations), and what an
   * earlier import of the same activities recorded ({@code rememberedOperators}: a participating
   * organisation's name or ref with the operator its partnership holds; {@code rememberedRoles}:
   * with the role it holds there), used where the secretariat chose nothing this time.
   */
  record Registry(
      List<KnownOperator> operators,
      List<KnownOrganisation> organisations,
      Set<String> workingAreas,
      Map<String, Long> operatorChoices,
      Map<String, String> roleChoices,
      Map<String, Long> organisationChoices,
      Set<String> notOperators,
      Map<String, Long> rememberedOperators,
      Map<String, String> rememberedRoles) {
    Registry {
      operatorChoices = operatorChoices == null ? Map.of() : operatorChoices;
      roleChoices = roleChoices == null ? Map.of() : roleChoices;
      organisationChoices = organisationChoices == null ? Map.of() : organisationChoices;
      notOperators = notOperators == null ? Set.of() : notOperators;
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
          null,
          null);
    }

    /** The same registry, with the organisations the secretariat says are no operator. */
    Registry notOperators(Set<String> names) {
      return new Registry(
          operators,
          organisations,
          workingAreas,
          operatorChoices,
          roleChoices,
          organisationChoices,
          names,
          rememberedOperators,
          rememberedRoles);
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
          notOperators,
          operators,
          roles);
    }
  }
}
