package org.wops.persistence.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.persistence.partnership.SearchTexts;
import org.wops.persistence.schema.Store;

/** Operators kept in the relational database through JPA. */
@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject SearchTexts searchTexts;

  @Override
  public Operator store(Operator operator) {
    boolean isNew = operator.id() == null;
    Operator kept = Store.keep(em, operator, isNew);
    if (!isNew) {
      // its partnerships are found under its new name at once
      searchTexts.ofOperator(kept.id());
    }
    return kept;
  }

  @Override
  public void storeBatch(List<Operator> operators) {
    List<Long> renamed = new java.util.ArrayList<>();
    for (Operator operator : operators) {
      if (operator.id() == null) {
        em.persist(operator);
      } else {
        renamed.add(operator.id());
        if (!em.contains(operator)) {
          em.merge(operator);
        }
      }
    }
    // one flush for the batch, then nothing left to compare at the next one: a flush per row
    // compared every operator tracked so far, and an import of n rows cost n² (issue 17)
    em.flush();
    renamed.forEach(searchTexts::ofOperator);
    em.clear();
  }

  @Override
  public Optional<Operator> findById(long id) {
    return Optional.ofNullable(em.find(Operator.class, id));
  }

  @Override
  public List<Operator> all() {
    return em.createQuery("select o from Operator o order by o.name, o.id", Operator.class)
        .getResultList();
  }

  @Override
  public Page<Operator> list(PageRequest pageRequest) {
    long total = em.createQuery("select count(o) from Operator o", Long.class).getSingleResult();
    List<Operator> items =
        total == 0
            ? List.of()
            : em.createQuery("select o from Operator o order by o.name, o.id", Operator.class)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
    return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
  }

  @Override
  public List<Operator> find(String text, int max) {
    String pattern =
        "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    return em.createQuery(
            "select o from Operator o where lower(o.name) like :p or lower(o.city) like :p"
                + " order by o.name, o.id",
            Operator.class)
        .setParameter("p", pattern)
        .setMaxResults(max)
        .getResultList();
  }
}
