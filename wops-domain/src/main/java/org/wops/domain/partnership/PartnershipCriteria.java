package org.wops.domain.partnership;

import java.util.Set;
import org.wops.domain.reference.Region;

/**
 * What a listing of partnerships is filtered and sorted by. Every filter is optional ({@code null}
 * or empty: no filter). {@code text} searches the title and the objectives; {@code funderId} is an
 * organisation supporting as FUNDER; {@code year} keeps partnerships whose planned period touches
 * that year; {@code charterCompliant} keeps those whose every operator endorsed the applicable
 * Charter version and, once agreed, signed the agreement. {@code visibility} says which unpublished
 * partnerships the caller may see ({@code null}: all).
 */
public record PartnershipCriteria(
    String text,
    Set<PartnershipStatus> statuses,
    String typeId,
    String country,
    Region region,
    String workingArea,
    Long operatorId,
    Long funderId,
    Integer year,
    Boolean charterCompliant,
    Boolean published,
    Visibility visibility,
    Sort sort) {

  /** How the listing is ordered. */
  public enum Sort {
    TITLE,
    NEWEST,
    PLANNED_START
  }

  /**
   * Published partnerships (unless {@code includePublished} is false: "my partnerships" only), and
   * those, published or not, the caller's operators take part in, its organisations support, or its
   * donor organisations fund.
   */
  public record Visibility(
      Set<Long> participantOperators,
      Set<Long> supportingOrganisations,
      Set<Long> fundingOrganisations,
      boolean includePublished) {
    public Visibility {
      participantOperators = Set.copyOf(participantOperators);
      supportingOrganisations = Set.copyOf(supportingOrganisations);
      fundingOrganisations = Set.copyOf(fundingOrganisations);
    }

    /** Published partnerships and the caller's own. */
    public Visibility(
        Set<Long> participantOperators,
        Set<Long> supportingOrganisations,
        Set<Long> fundingOrganisations) {
      this(participantOperators, supportingOrganisations, fundingOrganisations, true);
    }

    /** The same partnerships of the caller's, without the other published ones. */
    public Visibility involvedOnly() {
      return new Visibility(
          participantOperators, supportingOrganisations, fundingOrganisations, false);
    }

    public static Visibility publishedOnly() {
      return new Visibility(Set.of(), Set.of(), Set.of());
    }
  }

  public PartnershipCriteria {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? Sort.TITLE : sort;
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public static PartnershipCriteria all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds criteria one filter at a time. */
  public static final class Builder {
    private String text;
    private Set<PartnershipStatus> statuses;
    private String typeId;
    private String country;
    private Region region;
    private String workingArea;
    private Long operatorId;
    private Long funderId;
    private Integer year;
    private Boolean charterCompliant;
    private Boolean published;
    private Visibility visibility;
    private Sort sort;

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder statuses(Set<PartnershipStatus> v) {
      statuses = v;
      return this;
    }

    public Builder type(String v) {
      typeId = v;
      return this;
    }

    public Builder country(String v) {
      country = v;
      return this;
    }

    public Builder region(Region v) {
      region = v;
      return this;
    }

    public Builder workingArea(String v) {
      workingArea = v;
      return this;
    }

    public Builder operator(Long v) {
      operatorId = v;
      return this;
    }

    public Builder funder(Long v) {
      funderId = v;
      return this;
    }

    public Builder year(Integer v) {
      year = v;
      return this;
    }

    public Builder charterCompliant(Boolean v) {
      charterCompliant = v;
      return this;
    }

    public Builder published(Boolean v) {
      published = v;
      return this;
    }

    public Builder visibility(Visibility v) {
      visibility = v;
      return this;
    }

    public Builder sort(Sort v) {
      sort = v;
      return this;
    }

    public PartnershipCriteria build() {
      return new PartnershipCriteria(
          text,
          statuses,
          typeId,
          country,
          region,
          workingArea,
          operatorId,
          funderId,
          year,
          charterCompliant,
          published,
          visibility,
          sort);
    }
  }
}
