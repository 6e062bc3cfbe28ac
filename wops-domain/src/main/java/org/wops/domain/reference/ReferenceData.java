package org.wops.domain.reference;

import java.util.List;
import java.util.Optional;

/** Where the reference lists are read. */
public interface ReferenceData {
  List<WorkingArea> workingAreas();

  Optional<WorkingArea> workingArea(String code);

  List<Kpi> kpis();

  Optional<Kpi> kpi(String code);

  List<CapacityDimension> capacityDimensions();

  Optional<CapacityDimension> capacityDimension(String code);

  /** Keeps a new working area (the service has checked it). */
  void add(WorkingArea area);

  /** Keeps a new KPI (the service has checked it). */
  void add(Kpi kpi);
}
