package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.api.json.JsonTrees;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStatistics;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingArea;

/**
 * The public home page: key figures and charts of the published partnerships, and the map of
 * operators. Chart and map data are small JSON documents read by the page's script.
 */
@Named
@RequestScoped
public class HomeView {
  @Inject PartnershipReads partnerships;
  @Inject ReferenceData reference;
  @Inject Localizer labels;
  @Inject MapLayers mapLayers;

  /** The tile server's URL template; "none" (or unset) shows the operators without a base map. */
  @Inject
  @ConfigProperty(name = "wops.map.tiles")
  java.util.Optional<String> tiles;

  @Inject
  @ConfigProperty(name = "wops.map.attribution", defaultValue = "&copy; OpenStreetMap contributors")
  String attribution;

  private PartnershipStatistics statistics;

  public PartnershipStatistics getStatistics() {
    if (statistics == null) {
      statistics = partnerships.statistics(true);
    }
    return statistics;
  }

  public boolean isNoPartnerships() {
    return getStatistics().partnerships() == 0;
  }

  public long getActive() {
    return getStatistics().byStatus().getOrDefault(PartnershipStatus.ACTIVE, 0L);
  }

  public long getCompleted() {
    return getStatistics().byStatus().getOrDefault(PartnershipStatus.COMPLETED, 0L);
  }

  /** Funds mobilised per currency (all sources added, never across currencies). */
  public List<Map.Entry<String, BigDecimal>> getFunds() {
    Map<String, BigDecimal> byCurrency = new TreeMap<>();
    for (PartnershipStatistics.Funds f : getStatistics().funds()) {
      if (f.amount() != null) {
        byCurrency.merge(f.currency(), f.amount(), BigDecimal::add);
      }
    }
    return byCurrency.entrySet().stream().filter(e -> e.getValue().signum() > 0).toList();
  }

  /** Chart data: partnerships by region, by year of planned start, by working area. */
  public String getChartData() {
    JsonArrayBuilder regions = JsonTrees.array();
    JsonArrayBuilder regionCounts = JsonTrees.array();
    getStatistics()
        .byRegion()
        .forEach(
            (r, n) -> {
              regions.add(labels.region(r));
              regionCounts.add(n);
            });
    JsonArrayBuilder years = JsonTrees.array();
    JsonArrayBuilder yearCounts = JsonTrees.array();
    getStatistics()
        .byYear()
        .forEach(
            (y, n) -> {
              years.add(String.valueOf(y));
              yearCounts.add(n);
            });
    JsonArrayBuilder areas = JsonTrees.array();
    JsonArrayBuilder areaCounts = JsonTrees.array();
    for (WorkingArea a : reference.workingAreas()) {
      Long n = getStatistics().byWorkingArea().get(a.code());
      if (n != null && n > 0) {
        areas.add(a.name(labels.language()));
        areaCounts.add(n);
      }
    }
    return JsonTrees.object()
        .add("region", JsonTrees.object().add("labels", regions).add("data", regionCounts))
        .add("year", JsonTrees.object().add("labels", years).add("data", yearCounts))
        .add("area", JsonTrees.object().add("labels", areas).add("data", areaCounts))
        .build()
        .toString();
  }

  /**
   * Map data: the operators with coordinates; the newest published partnerships as lines between
   * their operators; and where the tiles come from (none: no base map).
   */
  public String getMapData() {
    return JsonTrees.object()
        .add("tiles", tiles.map(String::strip).filter(t -> !t.equals("none")).orElse(""))
        .add("attribution", attribution)
        .add("operators", mapLayers.get().getJsonArray("operators"))
        .add("partnerships", mapLayers.get().getJsonArray("partnerships"))
        .build()
        .toString();
  }
}
