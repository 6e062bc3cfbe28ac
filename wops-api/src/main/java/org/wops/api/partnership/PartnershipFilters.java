package org.wops.api.partnership;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import java.util.stream.Collectors;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.reference.Region;
import org.wops.domain.reference.WorkingArea;

/**
 * The filters and sort order of a partnership listing, shared by the search and the exports. Every
 * filter is optional; values are validated so that a wrong one names its query parameter.
 */
public class PartnershipFilters {
  /** The most characters a search's text holds (a title is at most 300). */
  public static final int TEXT_MAX = 500;

  @QueryParam("q")
  @Size(max = TEXT_MAX, message = "can be at most {max} characters")
  public String text;

  @QueryParam("status")
  @Size(max = 10, message = "can name at most {max} statuses")
  public Set<@OneOf(PartnershipStatus.class) String> statuses;

  @QueryParam("type")
  @Size(max = Partnership.TYPE_ID_MAX, message = "can be at most {max} characters")
  public String typeId;

  @QueryParam("country")
  @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KE")
  public String country;

  @QueryParam("region")
  @OneOf(Region.class)
  public String region;

  @QueryParam("workingArea")
  @Size(max = WorkingArea.CODE_MAX, message = "can be at most {max} characters")
  public String workingArea;

  @QueryParam("operator")
  @Pattern(regexp = "\\d{1,18}", message = "must be an operator id")
  public String operatorId;

  @QueryParam("funder")
  @Pattern(regexp = "\\d{1,18}", message = "must be an organisation id")
  public String funderId;

  @QueryParam("year")
  @Pattern(regexp = "(19|20|21)\\d{2}", message = "must be a year such as 2026")
  public String year;

  @QueryParam("charterCompliant")
  @Pattern(regexp = "true|false", message = "must be true or false")
  public String charterCompliant;

  @QueryParam("sort")
  @DefaultValue("TITLE")
  @OneOf(PartnershipCriteria.Sort.class)
  public String sort;

  PartnershipCriteria toCriteria(PartnershipCriteria.Visibility visibility) {
    return PartnershipCriteria.builder()
        .text(text)
        .statuses(
            statuses == null
                ? Set.of()
                : statuses.stream().map(PartnershipStatus::valueOf).collect(Collectors.toSet()))
        .type(blankToNull(typeId))
        .country(blankToNull(country))
        .region(region == null ? null : Region.valueOf(region))
        .workingArea(blankToNull(workingArea))
        .operator(operatorId == null ? null : Long.valueOf(operatorId))
        .funder(funderId == null ? null : Long.valueOf(funderId))
        .year(year == null ? null : Integer.valueOf(year))
        .charterCompliant(charterCompliant == null ? null : Boolean.valueOf(charterCompliant))
        .visibility(visibility)
        .sort(sort == null ? null : PartnershipCriteria.Sort.valueOf(sort))
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
