package org.wops.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.wops.domain.user.ApiToken;
import org.wops.domain.user.MailToken;
import org.wops.domain.user.SignIn;
import org.wops.domain.user.UserAccount;
import org.wops.domain.user.UserRepository;
import org.wops.persistence.schema.Store;

/** User accounts kept through JPA. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Override
  public UserAccount store(UserAccount user) {
    return Store.keep(em, user, user.id() == null);
  }

  /**
   * The account with its roles, operators and organisations in one statement: every signed-in
   * request reads it, and its three eager collections were three more round trips (and three more
   * connection hand-outs, each validated by the pool) per request (docs/BENCHMARKS.md, session 14).
   */
  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return withCollections(
            em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class),
            "u")
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  private static <T> TypedQuery<T> withCollections(TypedQuery<T> query, String account) {
    return query
        .setHint(QueryHints.LEFT_FETCH, account + ".roles")
        .setHint(QueryHints.LEFT_FETCH, account + ".operatorIds")
        .setHint(QueryHints.LEFT_FETCH, account + ".organisationIds");
  }

  @Override
  public Optional<UserAccount> findByEmail(String email) {
    return em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class)
        .setParameter("e", email)
        .getResultStream()
        .findFirst();
  }

  @Override
  public MailToken store(MailToken token) {
    em.persist(token);
    em.flush();
    return token;
  }

  @Override
  public Optional<MailToken> findMailToken(String tokenHash) {
    return Optional.ofNullable(em.find(MailToken.class, tokenHash));
  }

  @Override
  public Optional<MailToken> latestUsableMailToken(
      String username, MailToken.Purpose purpose, java.time.OffsetDateTime now) {
    return em.createQuery(
            "select t from MailToken t where t.username = :u and t.purpose = :p"
                + " and t.usedAt is null and t.expiresAt > :now order by t.createdAt desc",
            MailToken.class)
        .setParameter("u", username)
        .setParameter("p", purpose)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void useMailTokensOf(
      String username, MailToken.Purpose purpose, java.time.OffsetDateTime at) {
    em.createQuery(
            "update MailToken t set t.usedAt = :at"
                + " where t.username = :u and t.purpose = :p and t.usedAt is null")
        .setParameter("at", at)
        .setParameter("u", username)
        .setParameter("p", purpose)
        .executeUpdate();
  }

  @Override
  public void deleteMailTokensBefore(java.time.OffsetDateTime time) {
    em.createQuery("delete from MailToken t where t.expiresAt < :time")
        .setParameter("time", time)
        .executeUpdate();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  @Override
  public ApiToken store(ApiToken token) {
    return Store.keep(em, token, token.id() == null);
  }

  @Override
  public Optional<ApiToken> findTokenByHash(String tokenHash) {
    // the token, its account and the account's collections in one statement (see findByUsername)
    return withCollections(
            em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setHint(QueryHints.FETCH, "t.user"),
            "t.user")
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiToken> tokensOf(UserAccount user) {
    return em.createQuery(
            "select t from ApiToken t where t.user = :u order by t.createdAt desc, t.id desc",
            ApiToken.class)
        .setParameter("u", user)
        .getResultList();
  }

  @Override
  public void touchToken(
      long tokenId, java.time.OffsetDateTime at, java.time.OffsetDateTime since) {
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :at"
                + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
        .setParameter("at", at)
        .setParameter("id", tokenId)
        .setParameter("since", since)
        .executeUpdate();
  }

  @Override
  public SignIn store(SignIn signIn) {
    em.persist(signIn);
    em.flush();
    return signIn;
  }

  @Override
  public Optional<SignIn> findSignIn(String tokenHash) {
    return Optional.ofNullable(em.find(SignIn.class, tokenHash));
  }

  @Override
  public void deleteSignIn(String tokenHash) {
    em.createQuery("delete from SignIn s where s.tokenHash = :hash")
        .setParameter("hash", tokenHash)
        .executeUpdate();
  }

  @Override
  public void deleteSignInsBefore(java.time.OffsetDateTime time) {
    em.createQuery("delete from SignIn s where s.expiresAt < :time")
        .setParameter("time", time)
        .executeUpdate();
  }

  @Override
  public void deleteSignInsOf(String username, String exceptHash) {
    if (exceptHash == null) {
      em.createQuery("delete from SignIn s where s.username = :u")
          .setParameter("u", username)
          .executeUpdate();
    } else {
      em.createQuery("delete from SignIn s where s.username = :u and s.tokenHash <> :keep")
          .setParameter("u", username)
          .setParameter("keep", exceptHash)
          .executeUpdate();
    }
  }

  @Override
  public void recordSignInFailure(
      java.util.Collection<String> subjects, java.time.OffsetDateTime at) {
    for (String subject : subjects) {
      em.createNativeQuery("insert into sign_in_failures (subject, failed_at) values (?, ?)")
          .setParameter(1, subject)
          .setParameter(2, at)
          .executeUpdate();
    }
  }

  @Override
  public SignInFailures signInFailures(String subject, java.time.OffsetDateTime since) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(*), min(failed_at) from sign_in_failures"
                        + " where subject = ? and failed_at >= ?")
                .setParameter(1, subject)
                .setParameter(2, since)
                .getSingleResult();
    long count = ((Number) row[0]).longValue();
    return new SignInFailures(count, offset(row[1]));
  }

  private static java.time.OffsetDateTime offset(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  @Override
  public void clearSignInFailures(String subject) {
    em.createNativeQuery("delete from sign_in_failures where subject = ?")
        .setParameter(1, subject)
        .executeUpdate();
  }

  @Override
  public void deleteSignInFailuresBefore(java.time.OffsetDateTime time) {
    // other requests counted in the same table (password resets, "reset:...") keep their window
    em.createNativeQuery(
            "delete from sign_in_failures where failed_at < ?"
                + " and (subject like 'user:%' or subject like 'addr:%')")
        .setParameter(1, time)
        .executeUpdate();
  }

  @Override
  public void deleteCountedBefore(String prefix, java.time.OffsetDateTime time) {
    em.createNativeQuery("delete from sign_in_failures where failed_at < ? and subject like ?")
        .setParameter(1, time)
        .setParameter(2, prefix.replace("%", "").replace("_", "") + "%")
        .executeUpdate();
  }
}
