package org.wops.web.pages.propose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.DefaultWopType;

/** Step 1: the type of the partnership and what it is about, with the type's own extra fields. */
public class PartnershipStep implements WizardStep {
  private static final long serialVersionUID = 1L;
  private static final String EXTRA = "extraFields.";

  /** The domain's fields entered here, each shown by the input of the same name but the type. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "typeId", "type",
          "title", "title",
          "objectives", "objectives",
          "titleLanguage", "language",
          "objectivesLanguage", "language",
          "currency", "currency",
          "plannedStart", "plannedStart",
          "plannedEnd", "plannedEnd",
          "workingAreas", "workingAreas");

  private String typeId = DefaultWopType.ID;
  private String title;
  private String objectives;

  /** The language the title and objectives are written in (the author's page language at first). */
  private String language;

  private String currency = "USD";
  // a year ("2027"), a month ("03/2027") or a day, as the proposers know it (issue 16, item 2)
  private PartialDate plannedStart;
  private PartialDate plannedEnd;
  private List<String> workingAreas = new ArrayList<>();
  private final Map<String, String> extra = new HashMap<>();
  private final HashMap<String, String> titleTranslations = new HashMap<>();
  private final HashMap<String, String> objectivesTranslations = new HashMap<>();
  private final Map<String, String> extraErrors = new HashMap<>();

  /** A new partnership planned to start on the first day of next month. */
  public PartnershipStep(LocalDate today) {
    plannedStart = PartialDate.of(today.plusMonths(1).withDayOfMonth(1));
  }

  @Override
  public boolean check(Messages out) {
    boolean ok = required("title", title, out) & required("objectives", objectives, out);
    if (currency == null || !currency.matches("[A-Za-z]{3}")) {
      out.add("currency", "propose.currency.invalid");
      ok = false;
    }
    return ok;
  }

  private static boolean required(String input, String value, Messages out) {
    if (value == null || value.isBlank()) {
      out.add(input, "propose.required");
      return false;
    }
    return true;
  }

  @Override
  public boolean show(String field, String text, Messages out) {
    if (field.startsWith(EXTRA)) {
      extraErrors.put(field.substring(EXTRA.length()), text);
      return true;
    }
    String input = INPUTS.get(field);
    for (String translated : new String[] {"title", "objectives"}) {
      String prefix = translated + "Translations.";
      int at = field.startsWith(prefix) ? TRANSLATED.indexOf(field.substring(prefix.length())) : -1;
      if (at >= 0) {
        input = "tr:" + at + (translated.equals("title") ? ":tt" : ":ot");
      }
    }
    if (input != null) {
      out.add(input, text);
    }
    return input != null;
  }

  /** Forgets the domain's messages on the extra fields (before the next attempt). */
  public void clearShown() {
    extraErrors.clear();
  }

  /** The partnership's details as typed (the operators' countries are the domain's to add). */
  public PartnershipDetails details() {
    return PartnershipDetails.builder()
        .title(title)
        .objectives(objectives)
        .titleLanguage(new TextLanguage(blank(language), filled(titleTranslations)))
        .objectivesLanguage(new TextLanguage(blank(language), filled(objectivesTranslations)))
        .currency(currency == null ? null : currency.strip())
        .workingAreas(new LinkedHashSet<>(workingAreas))
        .countries(Set.of())
        .plannedStart(plannedStart)
        .plannedEnd(plannedEnd)
        .build();
  }

  /** The languages translations are written in: the platform's (as the edit page offers). */
  static final List<String> TRANSLATED =
      java.util.Arrays.stream(org.wops.domain.shared.Language.values())
          .map(l -> l.locale().getLanguage())
          .toList();

  public List<String> getTranslationLanguages() {
    return TRANSLATED;
  }

  /** The title's translations by language, as typed (a blank one: none). */
  public Map<String, String> getTitleTranslations() {
    return titleTranslations;
  }

  public Map<String, String> getObjectivesTranslations() {
    return objectivesTranslations;
  }

  private static Map<String, String> filled(Map<String, String> typed) {
    Map<String, String> filled = new java.util.TreeMap<>();
    typed.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            filled.put(k, v);
          }
        });
    return filled;
  }

  private static String blank(String language) {
    return language == null || language.isBlank() ? null : language;
  }

  /** The extra fields that were filled in, their values without surrounding spaces. */
  public Map<String, String> extraValues() {
    Map<String, String> values = new LinkedHashMap<>();
    extra.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            values.put(k, v.strip());
          }
        });
    return values;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTypeId() {
    return typeId;
  }

  public void setTypeId(String typeId) {
    this.typeId = typeId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public PartialDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(PartialDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public PartialDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(PartialDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public List<String> getWorkingAreas() {
    return workingAreas;
  }

  public void setWorkingAreas(List<String> workingAreas) {
    this.workingAreas = workingAreas == null ? new ArrayList<>() : new ArrayList<>(workingAreas);
  }

  public Map<String, String> getExtra() {
    return extra;
  }

  /** The domain's messages on the type's extra fields, by field name. */
  public Map<String, String> getExtraErrors() {
    return extraErrors;
  }
}
