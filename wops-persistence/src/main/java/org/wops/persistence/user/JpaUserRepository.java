package org.wops.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.wops.domain.user.ApiToken;
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

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
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
    return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
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
}
