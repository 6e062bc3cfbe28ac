package org.wops.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.partnership.PartnershipChanges;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.partnership.PartnershipStatistics;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;

/**
 * The platform's one cache of reads: the answers that are the same for every reader — a page of
 * published partnerships as the public searches them, and the key figures — kept for a short while
 * ({@code wops.cache.public-search-seconds}, {@code wops.cache.statistics-seconds}; 0 keeps
 * nothing). An answer is good only while no partnership changed through this instance since it was
 * kept ({@link PartnershipChanges}); other instances of a cluster catch up within the keeping time.
 * Searches that may show unpublished partnerships (a signed-in caller's) always go to the database.
 * Concurrent readers of a missing answer wait for the first one's instead of asking too.
 */
@Decorator
@Dependent
@Priority(100)
public abstract class KeptPartnershipReads implements PartnershipRepository {
  @Inject @Delegate PartnershipRepository database;
  @Inject KeptAnswers kept;

  @Override
  public Page<PartnershipSummary> search(PartnershipCriteria criteria, PageRequest page) {
    if (!PartnershipCriteria.Visibility.publishedOnly().equals(criteria.visibility())) {
      return database.search(criteria, page);
    }
    return kept.searches().get(criteria, page, () -> database.search(criteria, page));
  }

  @Override
  public PartnershipStatistics statistics(boolean publishedOnly, LocalDate today) {
    return kept.statistics()
        .get(publishedOnly, today, () -> database.statistics(publishedOnly, today));
  }

  /** The kept answers themselves, one set per instance (the decorator is made per injection). */
  @jakarta.enterprise.context.ApplicationScoped
  public static class KeptAnswers {
    private final Kept<PartnershipCriteria, PageRequest, Page<PartnershipSummary>> searches;
    private final Kept<Boolean, LocalDate, PartnershipStatistics> statistics;

    /** For the container's proxy. */
    protected KeptAnswers() {
      this.searches = null;
      this.statistics = null;
    }

    @Inject
    public KeptAnswers(
        PartnershipChanges changes,
        @ConfigProperty(name = "wops.cache.public-search-seconds", defaultValue = "30")
            long searchSeconds,
        @ConfigProperty(name = "wops.cache.statistics-seconds", defaultValue = "30")
            long statisticsSeconds) {
      this.searches = new Kept<>(changes::count, Duration.ofSeconds(searchSeconds), 2_000);
      this.statistics = new Kept<>(changes::count, Duration.ofSeconds(statisticsSeconds), 8);
    }

    // methods, not fields: a caller holds the container's proxy, whose own fields are empty
    Kept<PartnershipCriteria, PageRequest, Page<PartnershipSummary>> searches() {
      return searches;
    }

    Kept<Boolean, LocalDate, PartnershipStatistics> statistics() {
      return statistics;
    }
  }

  /**
   * Answers by a two-part key, each good for a time and while nothing changed: the count of changes
   * is part of the key, so an answer kept before a change is never found again (it ages out), and
   * readers of a missing answer wait for one of them to ask the database (a single recount under
   * load).
   */
  static final class Kept<A, B, V> {
    private record Key(Object a, Object b, long changes) {}

    private final java.util.function.LongSupplier changes;
    private final Cache<Key, V> answers;

    /** {@code changes}: how many changes there have been (an answer is kept at one count). */
    Kept(java.util.function.LongSupplier changes, Duration keepFor, long maximumSize) {
      this.changes = changes;
      this.answers =
          keepFor.isZero() || keepFor.isNegative()
              ? null
              : Caffeine.newBuilder()
                  .maximumSize(maximumSize)
                  .expireAfterWrite(keepFor)
                  .executor(Runnable::run)
                  .build();
    }

    V get(A a, B b, java.util.function.Supplier<V> ask) {
      if (answers == null) {
        return ask.get();
      }
      return answers.get(new Key(a, b, changes.getAsLong()), k -> ask.get());
    }
  }
}
