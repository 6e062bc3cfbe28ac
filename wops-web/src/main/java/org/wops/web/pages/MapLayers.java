package org.wops.web.pages;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wops.api.json.JsonTrees;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipReads;

/**
 * The home page map's layers: operators with coordinates, and the newest published partnerships as
 * lines between their operators. Built at most once a {@link #TTL} for every visitor (the map reads
 * thousands of operators; the home page is the most visited page).
 */
@ApplicationScoped
public class MapLayers {
  /** At most this many operators on the map (the rest are in the directory). */
  static final int MAP_MAX = 2000;

  /** At most this many partnerships drawn on the map (the newest published ones). */
  static final int LINKS_MAX = 300;

  /** How long the layers are served before they are read again. */
  static final Duration TTL = Duration.ofSeconds(60);

  @Inject PartnershipReads partnerships;
  @Inject OperatorService operators;

  private final LoadingCache<Boolean, JsonObject> layers =
      Caffeine.newBuilder()
          .maximumSize(1)
          .expireAfterWrite(TTL)
          .executor(Runnable::run)
          .build(key -> build());

  /**
   * {"operators": [[lat, lon, name, id]...], "partnerships": [[lat, lon, lat, lon, title, id]...]}
   */
  public JsonObject get() {
    return layers.get(Boolean.TRUE);
  }

  private JsonObject build() {
    JsonArrayBuilder points = JsonTrees.array();
    Map<Long, Operator> located = new HashMap<>();
    for (Operator o : operators.all().stream().limit(MAP_MAX).toList()) {
      if (o.latitude().isPresent() && o.longitude().isPresent()) {
        located.put(o.id(), o);
        points.add(
            JsonTrees.array()
                .add(o.latitude().get())
                .add(o.longitude().get())
                .add(o.name())
                .add(o.id()));
      }
    }
    JsonArrayBuilder links = JsonTrees.array();
    List<Partnership> newest =
        partnerships.list(
            PartnershipCriteria.builder()
                .published(true)
                .sort(PartnershipCriteria.Sort.NEWEST)
                .build(),
            LINKS_MAX);
    for (Partnership p : newest) {
      List<Operator> ends =
          p.participants().stream()
              .map(x -> located.get(x.operatorId()))
              .filter(Objects::nonNull)
              .toList();
      for (int i = 1; i < ends.size(); i++) {
        links.add(
            JsonTrees.array()
                .add(ends.get(0).latitude().get())
                .add(ends.get(0).longitude().get())
                .add(ends.get(i).latitude().get())
                .add(ends.get(i).longitude().get())
                .add(p.title())
                .add(p.id()));
      }
    }
    return JsonTrees.object().add("operators", points).add("partnerships", links).build();
  }
}
