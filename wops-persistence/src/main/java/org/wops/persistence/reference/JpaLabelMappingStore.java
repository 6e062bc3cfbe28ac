package org.wops.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.reference.LabelMapping;
import org.wops.domain.reference.LabelMappingStore;

/** The secretariat's mappings of source labels to working areas, and their audit trail. */
@ApplicationScoped
public class JpaLabelMappingStore implements LabelMappingStore {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public Optional<LabelMapping> find(String normalised) {
    return Optional.ofNullable(em.find(LabelMapping.class, normalised));
  }

  @Override
  public void add(LabelMapping mapping) {
    em.persist(mapping);
  }

  @Override
  public List<LabelMapping> all() {
    return em.createQuery("select m from LabelMapping m order by m.normalised", LabelMapping.class)
        .getResultList();
  }

  @Override
  public void audit(String normalised, String fromCode, String toCode, String actor) {
    em.flush();
    em.createNativeQuery(
            "insert into working_area_label_changes (normalised, from_code, to_code, actor,"
                + " changed_at) values (?, ?, ?, ?, ?)")
        .setParameter(1, normalised)
        .setParameter(2, fromCode)
        .setParameter(3, toCode)
        .setParameter(4, actor)
        .setParameter(5, java.sql.Timestamp.from(java.time.Instant.now()))
        .executeUpdate();
  }
}
