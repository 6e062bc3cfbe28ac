package org.wops.api.support;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, its connections
 * terminated, or the pool unable to hand out a connection) from any other failure. Such a request
 * is answered 503 with {@code Retry-After}, by the API, the pages and the authentication alike: the
 * caller may try again in a moment, and nothing on our side needs fixing.
 */
public final class DatabaseOutage {
  /** Seconds after which a caller may try again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** The header that says when to try again. */
  public static final String RETRY_AFTER = "Retry-After";

  /**
   * How long after the database was last found out of reach a failure that does not say why is
   * still taken as the outage's: a commit that failed as the server went away often says only
   * "rolled back", and by the time it is answered the database may answer again.
   */
  public static final Duration AFTERMATH = Duration.ofSeconds(30);

  /** When the database was last found out of reach ({@link System#nanoTime}), or never (null). */
  private static final AtomicReference<Long> LAST_SEEN = new AtomicReference<>();

  private DatabaseOutage() {}

  /** Notes that the database was just found out of reach (a failed readiness check, say). */
  public static void seen() {
    LAST_SEEN.set(System.nanoTime());
  }

  /** Whether the database was found out of reach within the last {@link #AFTERMATH}. */
  public static boolean inAftermath() {
    Long seen = LAST_SEEN.get();
    return seen != null && System.nanoTime() - seen < AFTERMATH.toNanos();
  }

  /**
   * Whether anything in this failure's chain of causes says the database is out of reach: an
   * SQLState of class 08 (connection exception) or 57P0x (the server shuts down, restarts, or
   * terminated the connection), a lost socket, or the container's pool that could not allocate a
   * connection.
   */
  public static boolean causedBy(Throwable failure) {
    boolean outage = inChain(failure);
    if (outage) {
      seen();
    }
    return outage;
  }

  private static boolean inChain(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (isOutage(t)) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException next = sql.getNextException();
            next != null && seen.add(next);
            next = next.getNextException()) {
          if (isOutage(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The innermost cause's message, for a one-line log entry (an outage needs no stack trace). */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (root.getCause() != null && seen.add(root)) {
      root = root.getCause();
    }
    return root.getClass().getName() + ": " + root.getMessage();
  }

  private static boolean isOutage(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SocketException
        || t instanceof EOFException
        || t instanceof jakarta.resource.ResourceException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || state.startsWith("57P");
    }
    // Payara's pool: "Error in allocating a connection. Cause: Connection could not be allocated"
    return t instanceof SQLException
        && t.getMessage() != null
        && t.getMessage().startsWith("Error in allocating a connection");
  }
}
