package org.wops.domain.charter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where Charter versions and endorsements are kept. */
public interface CharterRepository {
  /** The current version: the one with the highest number. */
  Optional<CharterVersion> current();

  Optional<CharterVersion> version(int number);

  List<CharterVersion> versions();

  CharterVersion publish(CharterVersion version);

  Endorsement store(Endorsement endorsement);

  Optional<Endorsement> endorsement(long operatorId, int charterVersion);

  /**
   * Of these operators, the ids of those that have endorsed this version (one query, whatever their
   * number).
   */
  Set<Long> endorsers(Collection<Long> operatorIds, int charterVersion);

  /** Operators that endorsed an older version but not this one: their endorsement is stale. */
  Set<Long> staleEndorsers(int currentVersion);

  /** The endorsements of one operator, newest first. */
  List<Endorsement> endorsementsOf(long operatorId);
}
