package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.Region;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.type.PartnershipType;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * The directory of partnerships: a plain GET form (bookmarkable, no JavaScript), the same search as
 * the API (full-text index, EXISTS filters, paging), published partnerships for the public and, for
 * signed-in users, also the unpublished ones that concern them.
 */
@Named
@RequestScoped
public class DirectoryView {
  static final int PAGE_SIZE = 20;

  @Inject PartnershipReads partnerships;
  @Inject PartnershipAccess access;
  @Inject PartnershipTypeRegistry types;
  @Inject ReferenceData reference;
  @Inject Session session;
  @Inject Localizer labels;

  private final Map<String, String> params = new LinkedHashMap<>();
  private Page<PartnershipSummary> page;

  @PostConstruct
  void read() {
    Map<String, String> request =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    for (String name :
        List.of("q", "status", "type", "region", "country", "area", "compliant", "sort", "page")) {
      String v = request.get(name);
      if (v != null && !v.isBlank()) {
        params.put(name, v.strip());
      }
    }
  }

  public Map<String, String> getParams() {
    return params;
  }

  private Page<PartnershipSummary> page() {
    if (page == null) {
      PartnershipCriteria criteria =
          PartnershipCriteria.builder()
              .text(params.get("q"))
              .statuses(status() == null ? Set.of() : Set.of(status()))
              .type(params.get("type"))
              .region(region())
              .country(country())
              .workingArea(params.get("area"))
              .charterCompliant("true".equals(params.get("compliant")) ? Boolean.TRUE : null)
              .visibility(session.viewer().isAdmin() ? null : access.visibility(session.viewer()))
              .sort(sort())
              .build();
      page = partnerships.search(criteria, new PageRequest(pageNumber(), PAGE_SIZE));
    }
    return page;
  }

  private PartnershipStatus status() {
    return enumOrNull(PartnershipStatus.class, params.get("status"));
  }

  private Region region() {
    return enumOrNull(Region.class, params.get("region"));
  }

  private String country() {
    String c = params.get("country");
    return c != null && c.matches("[A-Za-z]{2}") ? c : null;
  }

  private PartnershipCriteria.Sort sort() {
    PartnershipCriteria.Sort s = enumOrNull(PartnershipCriteria.Sort.class, params.get("sort"));
    return s == null ? PartnershipCriteria.Sort.NEWEST : s;
  }

  private int pageNumber() {
    String p = params.get("page");
    return p != null && p.matches("\\d{1,5}") ? Integer.parseInt(p) : 0;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  public List<PartnershipSummary> getResults() {
    return page().items();
  }

  private Map<Long, org.wops.domain.partnership.PartnershipListing> listings;

  /** The partners and countries of the page's cards, read for the whole page in one go. */
  public org.wops.domain.partnership.PartnershipListing listing(long id) {
    if (listings == null) {
      listings =
          partnerships.listings(page().items().stream().map(PartnershipSummary::id).toList());
    }
    return listings.getOrDefault(id, org.wops.domain.partnership.PartnershipListing.NONE);
  }

  /** A card's title as this reader is shown it: their translation, else the original. */
  public org.wops.domain.shared.WrittenText.Shown title(PartnershipSummary r) {
    return labels.shown(
        new org.wops.domain.shared.WrittenText(r.title(), listing(r.id()).titleLanguage()));
  }

  public long getTotal() {
    return page().total();
  }

  /** The number of matches as shown: "1,000+" when the search stopped counting there. */
  public String getTotalLabel() {
    return labels.number(page().total()) + (page().exact() ? "" : "+");
  }

  /** The number of pages as shown: "50+" when the search stopped counting. */
  public String getPageCountLabel() {
    return labels.number(getPageCount()) + (page().exact() ? "" : "+");
  }

  public int getPageNumber() {
    return page().page() + 1;
  }

  public long getPageCount() {
    return Math.max(1, (page().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page().page() > 0;
  }

  public boolean isHasNext() {
    return page().hasNext();
  }

  public String getPreviousUrl() {
    return url(page().page() - 1);
  }

  public String getNextUrl() {
    return url(page().page() + 1);
  }

  private String url(int pageNumber) {
    StringBuilder b = new StringBuilder("directory.xhtml?page=").append(pageNumber);
    params.forEach(
        (k, v) -> {
          if (!k.equals("page")) {
            b.append('&')
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return b.toString();
  }

  public List<PartnershipStatus> getStatuses() {
    return List.of(PartnershipStatus.values());
  }

  public List<Region> getRegions() {
    return List.of(Region.values());
  }

  public List<PartnershipCriteria.Sort> getSorts() {
    return List.of(PartnershipCriteria.Sort.values());
  }

  public List<Option> getTypes() {
    return types.all().stream().map(t -> new Option(t.id(), typeLabel(t))).toList();
  }

  private String typeLabel(PartnershipType t) {
    return t.name().in(labels.language());
  }

  public List<Option> getAreas() {
    return reference.workingAreas().stream()
        .map(a -> new Option(a.code(), a.name(labels.language())))
        .toList();
  }
}
