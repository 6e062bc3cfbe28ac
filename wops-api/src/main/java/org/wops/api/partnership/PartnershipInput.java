package org.wops.api.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipDetails;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.PartialDate;
import org.wops.domain.shared.TextLanguage;
import org.wops.domain.type.ExtraField;

/**
 * A partnership as a client proposes it: its type, details, participants, supporting organisations
 * and the values of its type's extra fields. (A class with annotated fields: see docs/DEVELOPING.md
 * on Payara's OpenAPI generator.)
 */
public class PartnershipInput {
  @NotBlank(message = "is required")
  @Size(max = Partnership.TYPE_ID_MAX, message = "can be at most {max} characters")
  public String typeId;

  @NotBlank(message = "is required")
  @Size(max = Partnership.TITLE_MAX, message = "can be at most {max} characters")
  public String title;

  @NotBlank(message = "is required")
  @Size(max = Partnership.TEXT_MAX, message = "can be at most {max} characters")
  public String objectives;

  /** The ISO 639-1 language the title is written in ("fr", "pt"); absent: not declared. */
  @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters")
  public String titleLanguage;

  /** The title's translations into the platform's languages, by language ({"es": "..."}). */
  @Size(max = TextLanguage.TRANSLATIONS_MAX, message = "can hold at most {max} translations")
  public Map<
          @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters") String,
          @Size(max = Partnership.TITLE_MAX, message = "can be at most {max} characters") String>
      titleTranslations;

  /** The ISO 639-1 language the objectives are written in; absent: not declared. */
  @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters")
  public String objectivesLanguage;

  /** The objectives' translations into the platform's languages, by language. */
  @Size(max = TextLanguage.TRANSLATIONS_MAX, message = "can hold at most {max} translations")
  public Map<
          @Size(max = TextLanguage.CODE_MAX, message = "can be at most {max} characters") String,
          @Size(max = Partnership.TEXT_MAX, message = "can be at most {max} characters") String>
      objectivesTranslations;

  @Size(max = Partnership.TEXT_MAX, message = "can be at most {max} characters")
  public String approach;

  @Size(max = Partnership.TEXT_MAX, message = "can be at most {max} characters")
  public String expectedOutcomes;

  @NotBlank(message = "is required")
  @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as USD, EUR or XOF")
  public String currency;

  @Size(max = Partnership.LIST_MAX, message = "can list at most {max} working areas")
  /** Codes ("NRW"), or {"code":"NRW","sourceLabel":"..."}, or {"sourceLabel":"..."}. */
  public java.util.List<@jakarta.validation.Valid WorkingAreaInput> workingAreas;

  @Size(max = Partnership.LIST_MAX, message = "can list at most {max} countries")
  public Set<
          @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
          @Size(max = 2, message = "can be at most {max} characters") String>
      countries;

  public PartialDate plannedStart;

  public PartialDate plannedEnd;

  @NotNull(message = "are required (at least two operators)")
  @Size(
      min = 2,
      max = Partnership.PARTICIPANTS_MAX,
      message = "must list from {min} to {max} operators")
  @Valid
  public List<ParticipantInput> participants;

  @Size(max = Partnership.SUPPORTERS_MAX, message = "can list at most {max} organisations")
  @Valid
  public List<SupporterInput> supporters;

  @Size(max = Partnership.LIST_MAX, message = "can hold at most {max} fields")
  public Map<
          @Size(max = Partnership.EXTRA_NAME_MAX, message = "can be at most {max} characters")
          String,
          @Size(max = ExtraField.TEXT_MAX, message = "can be at most {max} characters") String>
      extraFields;

  /** An operator taking part, its role and its contributions. */
  public static class ParticipantInput {
    @NotNull(message = "is required")
    public Long operatorId;

    @NotNull(message = "is required (MENTOR, MENTEE, PEER or SUPPORTING)")
    @OneOf(ParticipantRole.class)
    public String role;

    public BigDecimal cashContribution;
    public BigDecimal inKindContribution;

    @Size(max = Participant.TEXT_MAX, message = "can be at most {max} characters")
    public String responsibilities;

    @Size(max = Participant.TEXT_MAX, message = "can be at most {max} characters")
    public String interests;

    public Participant toParticipant() {
      return new Participant(
          operatorId,
          ParticipantRole.valueOf(role),
          cashContribution,
          inKindContribution,
          responsibilities,
          interests);
    }
  }

  /** A supporting organisation, its role and its contribution. */
  public static class SupporterInput {
    @NotNull(message = "is required")
    public Long organisationId;

    @NotNull(
        message =
            "is required (FUNDER, FACILITATOR, ACCOUNTABLE, BROKER, IMPLEMENTING_AGENCY,"
                + " TECHNICAL_SUPPORT, POLITICAL_SUPPORT or OTHER)")
    @OneOf(SupporterRole.class)
    public String role;

    /** The role in the sources' own words ("technical partner"), optional. */
    @Size(
        max = SupportingOrganisation.ROLE_DESCRIPTION_MAX,
        message = "can be at most {max} characters")
    public String roleDescription;

    public BigDecimal contribution;

    public SupportingOrganisation toSupporter() {
      return new SupportingOrganisation(
          organisationId, SupporterRole.valueOf(role), roleDescription, contribution);
    }
  }

  PartnershipDetails toDetails() {
    return PartnershipDetails.builder()
        .title(title)
        .objectives(objectives)
        .approach(approach)
        .expectedOutcomes(expectedOutcomes)
        .currency(currency)
        .workingAreas(WorkingAreaInput.codes(workingAreas))
        .workingAreaLabels(WorkingAreaInput.labels(workingAreas))
        .countries(countries == null ? Set.of() : new HashSet<>(countries))
        .plannedStart(plannedStart)
        .plannedEnd(plannedEnd)
        .titleLanguage(new TextLanguage(titleLanguage, titleTranslations))
        .objectivesLanguage(new TextLanguage(objectivesLanguage, objectivesTranslations))
        .build();
  }

  List<Participant> toParticipants() {
    return participants.stream().map(ParticipantInput::toParticipant).toList();
  }

  List<SupportingOrganisation> toSupporters() {
    return supporters == null
        ? List.of()
        : supporters.stream().map(SupporterInput::toSupporter).toList();
  }

  Map<String, String> toExtraValues() {
    return extraFields == null ? Map.of() : extraFields;
  }

  /** What the body identifies: the type, the details, the parties and the type's fields. */
  org.wops.domain.partnership.Proposals.Identify toIdentify() {
    return new org.wops.domain.partnership.Proposals.Identify(
        typeId, toDetails(), toParticipants(), toSupporters(), toExtraValues());
  }
}
