package org.wops.notifications.links;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Secrets the platform makes itself and keeps in its database ({@code platform_secrets}), so that
 * every instance of a cluster uses the same one: the first instance that needs a secret stores a
 * random one; an instance that loses the race reads the winner's. Each call is its own transaction
 * (an EJB with {@code REQUIRES_NEW}: a secret must not roll back with the use case that first
 * needed it, while links signed with it are already out).
 */
@Stateless
public class PlatformSecrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:app/jdbc/wops")
  DataSource dataSource;

  /** The secret of this name, made (32 random bytes, base64) and stored if there is none yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String secret(String name) {
    try (Connection c = dataSource.getConnection()) {
      Optional<String> stored = read(c, name);
      if (stored.isPresent()) {
        return stored.get();
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      boolean postgresql =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      // PostgreSQL: two instances racing, the second insert does nothing (and its transaction stays
      // usable); the embedded H2 serves one instance only
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into platform_secrets (name, secret, created_at) values (?, ?, ?)"
                  + (postgresql ? " on conflict (name) do nothing" : ""))) {
        s.setString(1, name);
        s.setString(2, Base64.getEncoder().encodeToString(bytes));
        s.setTimestamp(3, Timestamp.from(Instant.now()));
        s.executeUpdate();
      }
      return read(c, name)
          .orElseThrow(() -> new IllegalStateException("The secret " + name + " was not stored."));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the secret " + name + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> read(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select secret from platform_secrets where name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
