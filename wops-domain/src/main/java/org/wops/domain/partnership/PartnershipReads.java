package org.wops.domain.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.audit.AuditTrail;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Viewer;

/**
 * Reading partnerships: one, a search page, its cards' partners, exports, key figures, compliance
 * and the audit trail. What a caller may see is applied by the criteria's visibility or, for one
 * partnership, by {@link PartnershipAccess}; public answers may be kept for a short while by the
 * persistence adapter (see {@code KeptPartnershipReads}). Reads run in a transaction (outside one,
 * Payara's non-transactional EntityManager was at times already closed), but for the hot search,
 * listings, stamp and key figures, which are called inside a request.
 */
@ApplicationScoped
@Transactional
public class PartnershipReads {
  private PartnershipRepository partnerships;
  private PartnershipAccess access;
  private PartnershipWork work;
  private AuditTrail audit;
  private Clock clock;

  protected PartnershipReads() {
    // for CDI proxies
  }

  @Inject
  public PartnershipReads(
      PartnershipRepository partnerships,
      PartnershipAccess access,
      PartnershipWork work,
      AuditTrail audit,
      Clock clock) {
    this.partnerships = partnerships;
    this.access = access;
    this.work = work;
    this.audit = audit;
    this.clock = clock;
  }

  /** The partnership, whoever asks (exports, jobs): callers apply access themselves. */
  public Partnership get(long id) {
    return partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership", id));
  }

  /** The partnership, if there is one (no exception: a page's read transaction stays usable). */
  public java.util.Optional<Partnership> find(long id) {
    return partnerships.findById(id);
  }

  /** The partnership if the caller may read it; "not found" otherwise. */
  public Partnership readable(Viewer caller, long id) {
    return access.readable(caller, id);
  }

  /**
   * A search page: in a transaction, so that its statements (the page, the accent-folded page, the
   * rows, the partners' counts, the bounded count) share one connection — outside one, each took
   * its own from the pool, which checks each with a round trip of its own.
   */
  public Page<PartnershipSummary> search(PartnershipCriteria criteria, PageRequest page) {
    return partnerships.search(criteria, page);
  }

  /**
   * The partners' names and countries of the partnerships of a search page (the caller got the ids
   * from a search, which applied its visibility), in two queries (on one connection).
   */
  public Map<Long, PartnershipListing> listings(Collection<Long> ids) {
    return ids.isEmpty() ? Map.of() : partnerships.listings(ids);
  }

  /** The partnership's version and publication, read without the rest of it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PartnershipStamp> stamp(long id) {
    return partnerships.stamp(id);
  }

  /** Partnerships matching the criteria, in order, at most {@code max} (for CSV/JSON exports). */
  public List<Partnership> list(PartnershipCriteria criteria, int max) {
    return partnerships.list(criteria, max);
  }

  /** Which of these partnerships were Charter-compliant as of their last change (for exports). */
  public java.util.Set<Long> compliantAmong(Collection<Long> ids) {
    return partnerships.compliantAmong(ids);
  }

  /** Every published partnership, newest first (for open-data exports). */
  public List<Partnership> published() {
    return partnerships.published();
  }

  /** Key figures: of all partnerships, or of the published ones for the public. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PartnershipStatistics statistics(boolean publishedOnly) {
    return partnerships.statistics(publishedOnly, LocalDate.now(clock));
  }

  /** Whether the partnership may carry the WOP label now, and why not. */
  public Compliance compliance(long id) {
    return compliance(get(id));
  }

  /** The compliance of a partnership already read. */
  public Compliance compliance(Partnership p) {
    return p.compliance(work.standing(p));
  }

  /** The audit trail, for those who may read it ({@link PartnershipAccess#canReadAudit}). */
  public List<AuditEntry> auditTrail(Viewer caller, long id) {
    access.requireReadAudit(caller, id);
    return audit.of(id);
  }
}
