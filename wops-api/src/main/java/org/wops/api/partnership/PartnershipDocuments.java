package org.wops.api.partnership;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.api.support.JsonBytes;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.shared.Language;

/**
 * Partnerships' JSON documents, kept in memory by version. A version names one state of the whole
 * partnership (every stored change moves it up, compliance included), so a reader who knows the
 * current version — one indexed read — gets the document without reading the partnership's dozen
 * collections or writing the JSON again. The most recently used {@code
 * wops.cache.partnership-documents} documents are kept (MicroProfile Config; ~5 KB each).
 */
@ApplicationScoped
public class PartnershipDocuments {
  /** One partnership's document at one version, in UTF-8. */
  public record Document(long version, byte[] json) {}

  @Inject PartnershipReads partnerships;
  @Inject Written written;

  /** A partnership's document in one language (template milestones are named in it). */
  private record Key(long id, Language language) {}

  private Cache<Key, Document> documents;

  @Inject
  void keep(
      @ConfigProperty(name = "wops.cache.partnership-documents", defaultValue = "2000") int size) {
    documents = Caffeine.newBuilder().maximumSize(size).executor(Runnable::run).build();
  }

  /**
   * The partnership's document at this version or a newer one (when it changed in between, the
   * newer one is read and kept).
   */
  public Document of(long id, long version, Language language) {
    Document kept = documents.getIfPresent(new Key(id, language));
    if (kept != null && kept.version() >= version) {
      return kept;
    }
    return keep(new Key(id, language), written.read(id, language));
  }

  /** The document of a partnership already read (by the access check). */
  public Document of(Partnership p, Language language) {
    Key key = new Key(p.id(), language);
    Document kept = documents.getIfPresent(key);
    if (kept != null && kept.version() >= p.version()) {
      return kept;
    }
    return keep(key, written.of(p, language));
  }

  /**
   * A document written afresh, in one transaction: the partnership, each of its collections (read
   * when the view first touches them) and its Charter standing all come through one connection.
   * Outside a transaction each of those reads took a connection from the pool of its own — and the
   * pool checks every connection it hands out with a round trip: a detail's two dozen reads were
   * twice as many round trips (docs/BENCHMARKS.md, session 14).
   */
  @ApplicationScoped
  @Transactional
  public static class Written {
    @Inject PartnershipReads partnerships;
    @Inject MilestoneTitles titles;

    public Document read(long id, Language language) {
      return of(partnerships.get(id), language);
    }

    public Document of(Partnership p, Language language) {
      return new Document(
          p.version(),
          JsonBytes.of(PartnershipView.of(p, partnerships.compliance(p), titles, language)));
    }
  }

  private Document keep(Key key, Document fresh) {
    return documents
        .asMap()
        .merge(key, fresh, (old, neu) -> neu.version() >= old.version() ? neu : old);
  }
}
