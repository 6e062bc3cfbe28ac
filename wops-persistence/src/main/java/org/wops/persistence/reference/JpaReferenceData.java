package org.wops.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.reference.CapacityDimension;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.ReferenceData;
import org.wops.domain.reference.WorkingArea;

/**
 * The reference lists, read through JPA (and kept in EclipseLink's shared cache: they rarely
 * change).
 */
@ApplicationScoped
public class JpaReferenceData implements ReferenceData {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public List<WorkingArea> workingAreas() {
    return em.createQuery("select w from WorkingArea w order by w.position", WorkingArea.class)
        .getResultList();
  }

  @Override
  public Optional<WorkingArea> workingArea(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(WorkingArea.class, code));
  }

  @Override
  public List<Kpi> kpis() {
    return em.createQuery("select k from Kpi k order by k.position", Kpi.class).getResultList();
  }

  @Override
  public Optional<Kpi> kpi(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Kpi.class, code));
  }

  @Override
  public List<CapacityDimension> capacityDimensions() {
    return em.createQuery(
            "select d from CapacityDimension d order by d.position", CapacityDimension.class)
        .getResultList();
  }

  @Override
  public Optional<CapacityDimension> capacityDimension(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(CapacityDimension.class, code));
  }

  @Override
  public void add(WorkingArea area) {
    em.persist(area);
    em.flush();
  }

  @Override
  public void add(Kpi kpi) {
    em.persist(kpi);
    em.flush();
  }
}
