package org.wops.domain.operator;

import java.util.List;

/**
 * What refers to an operator outside its own aggregate, as a merge moves it: its places in
 * partnerships (as participant and signatory), its Charter endorsements and the users who act for
 * it. Kept in the database; each call is part of the caller's transaction.
 */
public interface OperatorReferences {

  /** The partnerships the operator takes part in, by id, in ascending order. */
  List<Long> partnershipsOf(long operatorId);

  /**
   * The Charter versions the operator endorsed and the users who act for it, as a merge would move
   * them (a preview's digest covers them: a merge whose preview they changed since is refused).
   */
  record Standing(List<Integer> endorsedVersions, List<String> users) {}

  /** The operator's endorsements and users, in ascending order. */
  Standing standingOf(long operatorId);

  /** What a merge moved. */
  record Moved(List<Long> partnerships, int endorsements, int users) {}

  /**
   * Makes the operator {@code to} take the place of {@code from} wherever it is referred to: its
   * participations and signatures (each partnership a new version, its search text rewritten), its
   * endorsements (one of a Charter version that {@code to} endorsed too is dropped) and its users'
   * access (a user who acts for both keeps one). The caller has checked that no partnership has
   * both.
   */
  Moved move(long from, long to);

  /** A merge done: the operator absorbed stands for the one kept from now on. */
  record Merge(long absorbedId, long keptId, java.time.OffsetDateTime at, String by) {}

  /** Records a merge (one per absorbed operator), in the caller's transaction. */
  void recordMerge(Merge merge);

  /** The merge that absorbed the operator, if one did (recorded since V39). */
  java.util.Optional<Merge> mergeOf(long absorbedId);
}
