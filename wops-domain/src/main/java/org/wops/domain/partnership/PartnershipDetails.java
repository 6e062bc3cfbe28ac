package org.wops.domain.partnership;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;

/**
 * The descriptive part of a partnership, as proposed or edited: title, objectives, approach,
 * expected outcomes, currency, working areas (codes of the reference list), countries (ISO 3166
 * codes), and planned and actual dates (each {@link PartialDate at its precision}: a year, a month
 * or a day), and the languages of the title and objectives with their translations ({@link
 * TextLanguage}), and the labels the sources gave the working areas ({@link AreaLabel}: a label
 * beside the code it maps to, or alone; null: kept as they are for the codes still there; every
 * mapped label's code is one of the working areas). Made with {@link #builder()}, changed with
 * {@link #toBuilder()} (from {@link Partnership#details()}); fields are named as in the API and the
 * export's columns.
 */
public record PartnershipDetails(
    String title,
    String objectives,
    String approach,
    String expectedOutcomes,
    String currency,
    Set<String> workingAreas,
    Set<String> countries,
    PartialDate plannedStart,
    PartialDate plannedEnd,
    PartialDate actualStart,
    PartialDate actualEnd,
    TextLanguage titleLanguage,
    TextLanguage objectivesLanguage,
    List<AreaLabel> workingAreaLabels) {

  public PartnershipDetails {
    titleLanguage = titleLanguage == null ? TextLanguage.undeclared() : titleLanguage;
    objectivesLanguage =
        objectivesLanguage == null ? TextLanguage.undeclared() : objectivesLanguage;
    if (workingAreaLabels != null) {
      workingAreaLabels = List.copyOf(new LinkedHashSet<>(workingAreaLabels));
      Set<String> codes = new TreeSet<>(workingAreas == null ? Set.of() : workingAreas);
      workingAreaLabels.forEach(l -> l.code().ifPresent(codes::add));
      workingAreas = codes;
    }
  }

  /** Details whose working areas' labels are kept as they are. */
  public PartnershipDetails(
      String title,
      String objectives,
      String approach,
      String expectedOutcomes,
      String currency,
      Set<String> workingAreas,
      Set<String> countries,
      PartialDate plannedStart,
      PartialDate plannedEnd,
      PartialDate actualStart,
      PartialDate actualEnd,
      TextLanguage titleLanguage,
      TextLanguage objectivesLanguage) {
    this(
        title,
        objectives,
        approach,
        expectedOutcomes,
        currency,
        workingAreas,
        countries,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        titleLanguage,
        objectivesLanguage,
        null);
  }

  /** Details whose title and objectives are in an undeclared language, without translations. */
  public PartnershipDetails(
      String title,
      String objectives,
      String approach,
      String expectedOutcomes,
      String currency,
      Set<String> workingAreas,
      Set<String> countries,
      PartialDate plannedStart,
      PartialDate plannedEnd,
      PartialDate actualStart,
      PartialDate actualEnd) {
    this(
        title,
        objectives,
        approach,
        expectedOutcomes,
        currency,
        workingAreas,
        countries,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        null,
        null,
        null);
  }

  /** Empty details, to be filled in field by field. */
  public static Builder builder() {
    return new Builder();
  }

  /** These details, to change some fields of. */
  public Builder toBuilder() {
    return new Builder()
        .title(title)
        .objectives(objectives)
        .approach(approach)
        .expectedOutcomes(expectedOutcomes)
        .currency(currency)
        .workingAreas(workingAreas)
        .countries(countries)
        .plannedStart(plannedStart)
        .plannedEnd(plannedEnd)
        .actualStart(actualStart)
        .actualEnd(actualEnd)
        .titleLanguage(titleLanguage)
        .objectivesLanguage(objectivesLanguage)
        .workingAreaLabels(workingAreaLabels);
  }

  /** Details under construction: each setter names its field and returns the builder. */
  public static final class Builder {
    private String title;
    private String objectives;
    private String approach;
    private String expectedOutcomes;
    private String currency;
    private Set<String> workingAreas;
    private Set<String> countries;
    private PartialDate plannedStart;
    private PartialDate plannedEnd;
    private PartialDate actualStart;
    private PartialDate actualEnd;
    private TextLanguage titleLanguage;
    private TextLanguage objectivesLanguage;
    private List<AreaLabel> workingAreaLabels;

    private Builder() {}

    /** The sources' labels of the working areas (null: kept as they are). */
    public Builder workingAreaLabels(List<AreaLabel> labels) {
      this.workingAreaLabels = labels;
      return this;
    }

    /** The title's language and translations. */
    public Builder titleLanguage(TextLanguage titleLanguage) {
      this.titleLanguage = titleLanguage;
      return this;
    }

    /** The objectives' language and translations. */
    public Builder objectivesLanguage(TextLanguage objectivesLanguage) {
      this.objectivesLanguage = objectivesLanguage;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder objectives(String objectives) {
      this.objectives = objectives;
      return this;
    }

    public Builder approach(String approach) {
      this.approach = approach;
      return this;
    }

    public Builder expectedOutcomes(String expectedOutcomes) {
      this.expectedOutcomes = expectedOutcomes;
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    public Builder workingAreas(Set<String> workingAreas) {
      this.workingAreas = workingAreas;
      return this;
    }

    public Builder countries(Set<String> countries) {
      this.countries = countries;
      return this;
    }

    public Builder plannedStart(PartialDate plannedStart) {
      this.plannedStart = plannedStart;
      return this;
    }

    /** The date known to the day. */
    public Builder plannedStart(LocalDate plannedStart) {
      return plannedStart(PartialDate.ofNullable(plannedStart));
    }

    public Builder plannedEnd(PartialDate plannedEnd) {
      this.plannedEnd = plannedEnd;
      return this;
    }

    /** The date known to the day. */
    public Builder plannedEnd(LocalDate plannedEnd) {
      return plannedEnd(PartialDate.ofNullable(plannedEnd));
    }

    public Builder actualStart(PartialDate actualStart) {
      this.actualStart = actualStart;
      return this;
    }

    /** The date known to the day. */
    public Builder actualStart(LocalDate actualStart) {
      return actualStart(PartialDate.ofNullable(actualStart));
    }

    public Builder actualEnd(PartialDate actualEnd) {
      this.actualEnd = actualEnd;
      return this;
    }

    /** The date known to the day. */
    public Builder actualEnd(LocalDate actualEnd) {
      return actualEnd(PartialDate.ofNullable(actualEnd));
    }

    /**
     * The named fields ("title", "plannedStart": the API's names) taken from {@code other}, the
     * others left as they are.
     */
    public Builder fieldsOf(PartnershipDetails other, Set<String> fields) {
      for (String field : fields) {
        switch (field) {
          case "title" -> title(other.title());
          case "objectives" -> objectives(other.objectives());
          case "approach" -> approach(other.approach());
          case "expectedOutcomes" -> expectedOutcomes(other.expectedOutcomes());
          case "currency" -> currency(other.currency());
          case "workingAreas" -> {
            workingAreas(other.workingAreas());
            workingAreaLabels(other.workingAreaLabels());
          }
          case "countries" -> countries(other.countries());
          case "plannedStart" -> plannedStart(other.plannedStart());
          case "plannedEnd" -> plannedEnd(other.plannedEnd());
          case "actualStart" -> actualStart(other.actualStart());
          case "actualEnd" -> actualEnd(other.actualEnd());
          case "titleLanguage" -> titleLanguage(other.titleLanguage());
          case "objectivesLanguage" -> objectivesLanguage(other.objectivesLanguage());
          default -> {
            // not a detail (participants, supporters, status...): the caller's business
          }
        }
      }
      return this;
    }

    public PartnershipDetails build() {
      return new PartnershipDetails(
          title,
          objectives,
          approach,
          expectedOutcomes,
          currency,
          workingAreas,
          countries,
          plannedStart,
          plannedEnd,
          actualStart,
          actualEnd,
          titleLanguage,
          objectivesLanguage,
          workingAreaLabels);
    }
  }
}
