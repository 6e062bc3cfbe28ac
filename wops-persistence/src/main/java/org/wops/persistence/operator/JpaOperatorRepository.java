package org.wops.persistence.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.persistence.partnership.SearchText;
import org.wops.persistence.partnership.SearchTexts;
import org.wops.persistence.schema.Store;

/** Operators kept in the relational database through JPA. */
@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject SearchTexts searchTexts;
  @Inject OperatorSearchTexts operatorTexts;

  @Override
  public Operator store(Operator operator) {
    boolean isNew = operator.id() == null;
    Operator kept = Store.keep(em, operator, isNew);
    operatorTexts.of(kept.id());
    if (!isNew) {
      // its partnerships are found under its new name at once
      searchTexts.ofOperator(kept.id());
    }
    return kept;
  }

  @Override
  public void storeBatch(List<Operator> operators) {
    List<Long> renamed = new java.util.ArrayList<>();
    List<Operator> kept = new java.util.ArrayList<>();
    for (Operator operator : operators) {
      if (operator.id() == null) {
        em.persist(operator);
        kept.add(operator);
      } else {
        renamed.add(operator.id());
        kept.add(em.contains(operator) ? operator : em.merge(operator));
      }
    }
    // one flush for the batch, then nothing left to compare at the next one: a flush per row
    // compared every operator tracked so far, and an import of n rows cost n² (issue 17)
    em.flush();
    renamed.forEach(searchTexts::ofOperator);
    kept.forEach(o -> operatorTexts.of(o.id()));
    em.clear();
  }

  @Override
  public Optional<Operator> findById(long id) {
    return Optional.ofNullable(em.find(Operator.class, id));
  }

  @Override
  public void remove(Operator operator) {
    em.remove(em.contains(operator) ? operator : em.merge(operator));
    em.flush();
  }

  /** With their other names in the same query (exports and the import's duplicate check). */
  @Override
  public List<Operator> all() {
    return em.createQuery(
            "select distinct o from Operator o left join fetch o.otherNames order by o.name, o.id",
            Operator.class)
        .getResultList();
  }

  @Override
  public Page<Operator> list(PageRequest pageRequest) {
    long total = em.createQuery("select count(o) from Operator o", Long.class).getSingleResult();
    List<Operator> items =
        total == 0
            ? List.of()
            : withOtherNames(
                    em.createQuery(
                        "select o from Operator o order by o.name, o.id", Operator.class))
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
    return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
  }

  /** With their other names in the same query: the duplicate check reads every one. */
  @Override
  public List<Operator> inCountry(org.wops.domain.operator.CountryCode country) {
    return em.createQuery(
            "select distinct o from Operator o left join fetch o.otherNames"
                + " where o.country.code = :c order by o.name, o.id",
            Operator.class)
        .setParameter("c", country.code())
        .getResultList();
  }

  /**
   * The operators whose search text (any of their names, their short name or city: {@link
   * OperatorSearchTexts}) holds the pattern, bound.
   */
  private static final String MATCHING = " from Operator o where column('search_text', o) like :p";

  @Override
  public Page<Operator> search(String text, PageRequest pageRequest) {
    String pattern = pattern(text);
    long total =
        em.createQuery("select count(o)" + MATCHING, Long.class)
            .setParameter("p", pattern)
            .getSingleResult();
    List<Operator> items =
        total == 0
            ? List.of()
            : withOtherNames(
                    em.createQuery(
                        "select o" + MATCHING + " order by o.name, o.id", Operator.class))
                .setParameter("p", pattern)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size())
                .getResultList();
    return new Page<>(items, pageRequest.page(), pageRequest.size(), total);
  }

  /**
   * A page of operators reads their other names (every view of an operator shows them) in one more
   * query for the whole page, {@code where operator_id in (…)} bound, rather than one per operator:
   * a join fetch would repeat each operator per name and break the page's limit.
   */
  private static TypedQuery<Operator> withOtherNames(TypedQuery<Operator> query) {
    return query
        .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .setHint(QueryHints.BATCH, "o.otherNames");
  }

  /** A LIKE pattern for the text in its searchable form (which holds no % or _). */
  private static String pattern(String text) {
    return "%" + SearchText.of(text == null ? "" : text).strip() + "%";
  }

  @Override
  public List<Operator> find(String text, int max) {
    return withOtherNames(
            em.createQuery("select o" + MATCHING + " order by o.name, o.id", Operator.class))
        .setParameter("p", pattern(text))
        .setMaxResults(max)
        .getResultList();
  }
}
