package org.wops.domain.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that is made again, in a new transaction on the new state, when a concurrent change of
 * the same aggregate committed first (an optimistic-lock conflict): up to five times (the
 * interceptor lives in the persistence adapter, which owns the transactions), the domain's rules
 * checked again each time. Every caller (API, pages, scheduled work) gets the same behaviour.
 *
 * <p>A caller that made its change conditional on a version (HTTP {@code If-Match}: the expected
 * version in the use case's command) is not overruled: the new attempt finds another version and
 * ends in a {@link StaleVersionException}. A use case called inside a larger transaction is not
 * retried on its own: the outermost one is.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {}
