package org.wops.persistence.transaction;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wops.domain.shared.LostRace;
import org.wops.domain.shared.RetryOnConflict;

/**
 * Makes a {@link RetryOnConflict} use case again when it lost an optimistic-lock race. It runs
 * outside the {@code @Transactional} interceptor (priority {@code PLATFORM_BEFORE + 200} by the
 * Jakarta Transactions specification), so that each attempt is its own transaction: the conflict
 * rolled the first one back, and the next one reads the new state.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {
  private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class.getName());

  /** How many times a use case is tried in all. */
  public static final int ATTEMPTS = 5;

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  Object retry(InvocationContext call) throws Exception {
    if (transactions.getTransactionKey() != null) {
      // part of a larger transaction: a conflict rolls all of it back, so only its outermost use
      // case can make it again
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (Exception e) {
        if (attempt == ATTEMPTS || !LostRace.in(e)) {
          throw e;
        }
        LOG.log(
            Level.FINE,
            "{0} lost a race with a concurrent change (attempt {1}); making it again",
            new Object[] {call.getMethod().getName(), attempt});
        // a few milliseconds apart, so that the same writers do not collide again at once
        Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
      }
    }
  }
}
