package org.wops.domain.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/** Where partnerships are kept. */
public interface PartnershipRepository {

  /**
   * Keeps a new partnership, or a change to a kept one (the service marks every change with {@link
   * Partnership#changedAt}, so the version goes up whichever part of the aggregate changed), with
   * its Charter compliance as of this change: the search filters on it.
   */
  Partnership store(Partnership partnership, Compliance compliance);

  /**
   * Which of these partnerships were Charter-compliant as of their last change (what the search's
   * {@code charterCompliant} filter reads; exports show it without recomputing each one).
   */
  Set<Long> compliantAmong(Collection<Long> ids);

  Optional<Partnership> findById(long id);

  /** The partnerships imported from these IATI activities, by identifier. */
  Map<String, IatiImported> importedFromIati(Collection<String> identifiers);

  /** The partnership's current version and whether it is published, without reading the rest. */
  Optional<PartnershipStamp> stamp(long id);

  /**
   * Totals of a search are counted exactly up to this many matches; past it the page says "more
   * than" (counting every match of a broad search grows with the data; the page itself does not).
   */
  int COUNT_LIMIT = 1_000;

  /** The partnerships whose request for publication waits for the secretariat, oldest first. */
  List<Partnership> publicationRequested();

  /** Every published partnership, newest first, with its parts (for open-data exports). */
  List<Partnership> published();

  /**
   * One page of summaries matching the criteria, with the total counted in the database (exactly up
   * to {@link #COUNT_LIMIT}).
   */
  Page<PartnershipSummary> search(PartnershipCriteria criteria, PageRequest pageRequest);

  /** How many partnerships are in each status. */
  Map<PartnershipStatus, Long> countByStatus();

  /** Key figures of every partnership (or of the published ones only), as of this day. */
  PartnershipStatistics statistics(boolean publishedOnly, LocalDate today);

  /**
   * Planned milestones due between these dates (inclusive: the last day of their planned period,
   * "2027-06" is due by 30 June 2027), of open partnerships, soonest first.
   */
  List<MilestoneDue> milestonesDueBetween(LocalDate from, LocalDate to);

  /** The ids of the partnerships an operator takes part in. */
  List<Long> idsWithParticipant(long operatorId);

  /** The ids of the partnerships whose Charter version is not fixed by an agreement yet. */
  List<Long> idsNotYetAgreed();

  /** Partnerships for an export, in the listing's order, the caller's visibility applied. */
  List<Partnership> list(PartnershipCriteria criteria, int max);

  /**
   * The partners' names and the countries of these partnerships, in two queries whatever their
   * number (a listing page reads its cards with it, never one partnership at a time).
   */
  Map<Long, PartnershipListing> listings(java.util.Collection<Long> ids);
}
