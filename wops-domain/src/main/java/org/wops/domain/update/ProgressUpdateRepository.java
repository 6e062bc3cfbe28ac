package org.wops.domain.update;

import java.util.List;
import java.util.Optional;

/** Where progress updates are kept. */
public interface ProgressUpdateRepository {
  ProgressUpdate store(ProgressUpdate update);

  Optional<ProgressUpdate> findById(long id);

  /** The updates of one partnership, newest period first. */
  List<ProgressUpdate> ofPartnership(long partnershipId);

  /** Updates waiting for a decision, oldest submission first. */
  List<ProgressUpdate> awaitingDecision();
}
