package org.wops.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.postgresql.PGConnection;

/**
 * Every statement on PostgreSQL is planned for the values bound to it. The JDBC driver otherwise
 * prepares a statement on the server after its fifth use, and PostgreSQL then soon plans it once
 * for any values (a generic plan): for the search page it guesses 500 rows for any word, reads
 * every row holding the word and sorts them, instead of walking the sort order's index to the 51st
 * match (docs/BENCHMARKS.md). With {@code prepareThreshold=0} the driver sends each statement
 * unnamed, so the server plans it with its parameters, which stay bound: no value is ever written
 * into the SQL. Set on each connection EclipseLink takes from the pool, so it holds whatever {@code
 * WOPS_DB_URL} says; H2's connections are left as they are. Registered in persistence.xml ({@code
 * eclipselink.session.customizer}).
 */
public class CustomPlans implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new Listener());
  }

  /** Sets the threshold on each connection taken from the container's pool. */
  static final class Listener extends SessionEventAdapter {
    @Override
    public void postAcquireConnection(SessionEvent event) {
      if (event.getResult() instanceof DatabaseAccessor accessor) {
        plannedPerCall(accessor.getConnection());
      }
    }

    @Override
    public void postConnect(SessionEvent event) {
      postAcquireConnection(event);
    }
  }

  /** Makes the PostgreSQL driver plan every statement of this connection with its values. */
  static void plannedPerCall(Connection connection) {
    try {
      if (connection != null && connection.isWrapperFor(PGConnection.class)) {
        connection.unwrap(PGConnection.class).setPrepareThreshold(0);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot configure the PostgreSQL connection.", e);
    }
  }
}
