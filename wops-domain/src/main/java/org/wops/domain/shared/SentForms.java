package org.wops.domain.shared;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The one-time ids of the pages' forms that create records, as the database keeps them (so that
 * every instance of a cluster knows them): a form id is issued when the page shows the form and
 * claimed inside the transaction that creates the record, so that the same form sent twice (a
 * double click, a resend) creates it once.
 */
public interface SentForms {
  /** What a form's id already made: who sent it, and the id of the record it created. */
  record Sent(String username, Long madeId) {}

  /**
   * Claims the form id for {@code username}: empty when it is claimed now (in the caller's
   * transaction), else what the earlier sending made. A claim racing another waits until the other
   * transaction ends (the database's key), so the second of two concurrent sendings reads the
   * first's record.
   */
  Optional<Sent> claim(String formId, String username, OffsetDateTime at);

  /** What a form id made, if it was claimed (and not forgotten); claims nothing. */
  Optional<Sent> find(String formId);

  /** Notes the record the claimed form id created. */
  void made(String formId, long madeId);

  /** Forgets the form ids claimed before {@code time}. */
  void forgetBefore(OffsetDateTime time);
}
