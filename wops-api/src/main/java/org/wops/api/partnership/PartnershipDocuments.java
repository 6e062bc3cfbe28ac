package org.wops.api.partnership;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.wops.api.support.KeptJson;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipChanges;
import org.wops.domain.partnership.PartnershipService;
import org.wops.domain.partnership.PartnershipStamp;

/**
 * Partnerships' JSON documents, kept in memory by version. A version names one state of the whole
 * partnership (every stored change moves it up, compliance included), so a reader who knows the
 * current version — one indexed read — gets the document without reading the partnership's dozen
 * collections or writing the JSON again. The most recently used {@link #SIZE} documents are kept.
 *
 * <p>The public's reads also keep each partnership's version for {@link #STAMP_TTL} (a micro-cache:
 * a popular partnership read a thousand times a second costs one database read a second). A change
 * through this instance makes the next read ask the database again; another instance of a cluster
 * shows the change within the TTL.
 */
@ApplicationScoped
public class PartnershipDocuments {
  /** How many documents are kept (system property; ~5 KB each). */
  static final int SIZE = Integer.getInteger("wops.partnership-documents", 2_000);

  /** How long the public's reads trust a partnership's version without asking the database. */
  static final Duration STAMP_TTL = Duration.ofSeconds(1);

  /** One partnership's document at one version, in UTF-8. */
  public record Document(long version, byte[] json) {}

  /** A version as read, and how many local changes there had been then. */
  private record Stamped(PartnershipStamp stamp, long changes) {}

  @Inject PartnershipService partnerships;
  @Inject PartnershipChanges changes;

  private final Cache<Long, Document> documents =
      Caffeine.newBuilder().maximumSize(SIZE).executor(Runnable::run).build();

  private final Cache<Long, Stamped> stamps =
      Caffeine.newBuilder()
          .maximumSize(SIZE)
          .expireAfterWrite(STAMP_TTL)
          .executor(Runnable::run)
          .build();

  /** The partnership's version and publication, as the public's reads see them. */
  public Optional<PartnershipStamp> publicStamp(long id) {
    long now = changes.count();
    Stamped kept = stamps.getIfPresent(id);
    if (kept != null && kept.changes() == now) {
      return Optional.of(kept.stamp());
    }
    Optional<PartnershipStamp> read = partnerships.stamp(id);
    read.ifPresent(s -> stamps.put(id, new Stamped(s, now)));
    return read;
  }

  /**
   * The partnership's document at this version or a newer one (when it changed in between, the
   * newer one is read and kept).
   */
  public Document of(long id, long version) {
    Document kept = documents.getIfPresent(id);
    if (kept != null && kept.version() >= version) {
      return kept;
    }
    return of(partnerships.get(id));
  }

  /** The document of a partnership already read (by the access check). */
  public Document of(Partnership p) {
    Document kept = documents.getIfPresent(p.id());
    if (kept != null && kept.version() >= p.version()) {
      return kept;
    }
    return keep(
        p.id(),
        new Document(
            p.version(), KeptJson.write(PartnershipView.of(p, partnerships.compliance(p)))));
  }

  private Document keep(long id, Document fresh) {
    return documents
        .asMap()
        .merge(id, fresh, (old, neu) -> neu.version() >= old.version() ? neu : old);
  }
}
