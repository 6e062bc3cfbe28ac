package org.wops.persistence.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.persistence.partnership.SearchTexts;
import org.wops.persistence.schema.Store;

/** Organisations kept through JPA. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject SearchTexts searchTexts;

  @Override
  public Organisation store(Organisation organisation) {
    boolean isNew = organisation.id() == null;
    Organisation kept = Store.keep(em, organisation, isNew);
    if (!isNew) {
      // its partnerships are found under its new name at once
      searchTexts.ofOrganisation(kept.id());
    }
    return kept;
  }

  @Override
  public Optional<Organisation> findById(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Page<Organisation> list(PageRequest page) {
    long total =
        em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    List<Organisation> items =
        total == 0
            ? List.of()
            : em.createQuery(
                    "select o from Organisation o order by o.name, o.id", Organisation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }
}
