package org.wops.domain.organisation;

import java.util.Optional;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/** Where organisations are kept. */
public interface OrganisationRepository {
  Organisation store(Organisation organisation);

  Optional<Organisation> findById(long id);

  /** Sorted by name, counted in the database. */
  Page<Organisation> list(PageRequest pageRequest);
}
