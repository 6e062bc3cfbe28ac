package org.wops.api.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.LocalizedName;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.Region;
import org.wops.domain.shared.Language;

/**
 * The reference lists, named in the caller's language ({@code ?lang=fr} or Accept-Language):
 * working areas, KPIs with their units, capacity dimensions, regions, countries (with their region)
 * and currencies.
 */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference lists", description = "Codes the other resources use, with their names")
public class ReferenceResource {
  @Inject ReferenceData reference;
  @Inject org.wops.domain.reference.ReferenceService lists;

  /** A new working area or KPI: its code and its name in each language (and a KPI's unit). */
  public static class NewEntry {
    @Size(max = Kpi.CODE_MAX, message = "can be at most {max} characters")
    public String code;

    @Size(max = LocalizedName.NAME_MAX, message = "can be at most {max} characters")
    public String nameEn;

    @Size(max = LocalizedName.NAME_MAX, message = "can be at most {max} characters")
    public String nameFr;

    @Size(max = LocalizedName.NAME_MAX, message = "can be at most {max} characters")
    public String nameEs;

    @Size(max = Kpi.UNIT_MAX, message = "can be at most {max} characters")
    public String unit;
  }

  @POST
  @Path("working-areas")
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a working area (the secretariat)")
  public Response addWorkingArea(@Valid @NotNull(message = "is required") NewEntry input) {
    lists.addWorkingArea(input.code, input.nameEn, input.nameFr, input.nameEs);
    return created(new Entry(input.code, input.nameEn));
  }

  @POST
  @Path("kpis")
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a KPI with its unit (the secretariat)")
  public Response addKpi(@Valid @NotNull(message = "is required") NewEntry input) {
    lists.addKpi(input.code, input.nameEn, input.nameFr, input.nameEs, input.unit);
    return created(new KpiEntry(input.code, input.nameEn, input.unit));
  }

  @Inject org.wops.domain.reference.WorkingAreaLabels labels;
  @Context jakarta.ws.rs.core.SecurityContext security;

  /** A source's label of a working area and what the secretariat mapped it to. */
  public record LabelEntry(
      String label,
      String normalised,
      String code,
      long seen,
      java.time.OffsetDateTime firstSeenAt,
      String mappedBy,
      java.time.OffsetDateTime mappedAt) {
    static LabelEntry of(org.wops.domain.reference.LabelMapping m) {
      return new LabelEntry(
          m.label(),
          m.normalised(),
          m.code().orElse(null),
          m.seenCount(),
          m.firstSeenAt(),
          m.mappedBy().orElse(null),
          m.mappedAt().orElse(null));
    }
  }

  /** The working area a source's label maps to (null: none, the label stays alone). */
  public static class LabelMappingInput {
    @Size(
        max = org.wops.domain.reference.WorkingArea.CODE_MAX,
        message = "can be at most {max} characters")
    public String code;
  }

  @GET
  @Path("working-area-labels")
  @RolesAllowed(Caller.ADMIN)
  @Operation(
      summary =
          "The sources' labels of working areas and the areas the secretariat mapped them to"
              + " (?unmapped=true: those seen in imports and not mapped yet, to map once)")
  public List<LabelEntry> workingAreaLabels(@QueryParam("unmapped") boolean unmapped) {
    return labels.all().stream()
        .filter(m -> !unmapped || m.code().isEmpty())
        .map(LabelEntry::of)
        .toList();
  }

  @jakarta.ws.rs.PUT
  @Path("working-area-labels/{label}")
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Map a source's label (case, accents and spacing do not matter) to a working area for"
              + " every later import; {\"code\":null} unmaps it. Audited.")
  public LabelEntry mapWorkingAreaLabel(
      @jakarta.ws.rs.PathParam("label")
          @Size(
              max = org.wops.domain.partnership.AreaLabel.LABEL_MAX,
              message = "can be at most {max} characters")
          String label,
      @Valid @NotNull(message = "is required") LabelMappingInput input) {
    return LabelEntry.of(labels.put(label, input.code, Caller.name(security)));
  }

  private static Response created(Object entry) {
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }

  @Context HttpHeaders headers;

  /** A code and its name. */
  public record Entry(String code, String name) {}

  /** A KPI: its code, name and unit. */
  public record KpiEntry(String code, String name, String unit) {}

  /** A capacity dimension: its code, name and level. */
  public record DimensionEntry(String code, String name, String level) {}

  /** A country: its ISO code, name and region (none for a few territories). */
  public record CountryEntry(String code, String name, String region) {}

  private Language language(String lang) {
    return RequestLanguage.of(lang, headers);
  }

  private static Locale locale(Language l) {
    return Locale.forLanguageTag(l.name().toLowerCase(Locale.ROOT));
  }

  @GET
  @Path("working-areas")
  @Operation(summary = "The working areas of WOPs (NRW, billing, ...)")
  public List<Entry> workingAreas(@QueryParam("lang") String lang) {
    Language l = language(lang);
    return reference.workingAreas().stream().map(a -> new Entry(a.code(), a.name(l))).toList();
  }

  @GET
  @Path("kpis")
  @Operation(summary = "The key performance indicators partnerships follow, with their units")
  public List<KpiEntry> kpis(@QueryParam("lang") String lang) {
    Language l = language(lang);
    return reference.kpis().stream().map(k -> new KpiEntry(k.code(), k.name(l), k.unit())).toList();
  }

  @GET
  @Path("capacity-dimensions")
  @Operation(summary = "The dimensions of capacity-change assessments")
  public List<DimensionEntry> capacityDimensions(@QueryParam("lang") String lang) {
    Language l = language(lang);
    return reference.capacityDimensions().stream()
        .map(d -> new DimensionEntry(d.code(), d.name(l), String.valueOf(d.level())))
        .toList();
  }

  @GET
  @Path("regions")
  @Operation(summary = "The regions of the search filter and the statistics")
  public List<Entry> regions() {
    return Arrays.stream(Region.values()).map(r -> new Entry(r.name(), r.name())).toList();
  }

  @GET
  @Path("countries")
  @Operation(summary = "ISO 3166-1 countries, with their names and regions")
  public List<CountryEntry> countries(@QueryParam("lang") String lang) {
    Locale locale = locale(language(lang));
    return Arrays.stream(Locale.getISOCountries())
        .map(
            code ->
                new CountryEntry(
                    code,
                    new Locale("", code).getDisplayCountry(locale),
                    Region.of(code).map(Enum::name).orElse(null)))
        .sorted(Comparator.comparing(CountryEntry::name))
        .toList();
  }

  @GET
  @Path("currencies")
  @Operation(summary = "ISO 4217 currencies, with their names")
  public List<Entry> currencies(@QueryParam("lang") String lang) {
    Locale locale = locale(language(lang));
    return Currency.getAvailableCurrencies().stream()
        .map(c -> new Entry(c.getCurrencyCode(), c.getDisplayName(locale)))
        .sorted(Comparator.comparing(Entry::code))
        .toList();
  }
}
