package org.wops.persistence.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.wops.domain.operator.OperatorReferences;
import org.wops.persistence.partnership.SearchTexts;

/**
 * The references to an operator from partnerships, endorsements and users, moved by SQL statements
 * with bound parameters in the caller's transaction (none of these rows is in the shared cache).
 */
@ApplicationScoped
public class JpaOperatorReferences implements OperatorReferences {

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  @Inject SearchTexts searchTexts;

  @Override
  public List<Long> partnershipsOf(long operatorId) {
    return em
        .createNativeQuery(
            "select distinct partnership_id from partnership_participants where operator_id = ?"
                + " order by partnership_id")
        .setParameter(1, operatorId)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  @Override
  public Standing standingOf(long operatorId) {
    List<Integer> versions =
        em
            .createNativeQuery(
                "select charter_version from endorsements where operator_id = ?"
                    + " order by charter_version")
            .setParameter(1, operatorId)
            .getResultList()
            .stream()
            .map(v -> ((Number) v).intValue())
            .toList();
    List<String> users =
        em
            .createNativeQuery(
                "select u.username from users u join user_operators o on o.user_id = u.id"
                    + " where o.operator_id = ? order by u.username")
            .setParameter(1, operatorId)
            .getResultList()
            .stream()
            .map(String::valueOf)
            .toList();
    return new Standing(versions, users);
  }

  @Override
  public Moved move(long from, long to) {
    em.flush();
    List<Long> partnerships = partnershipsOf(from);
    update("update partnership_participants set operator_id = ? where operator_id = ?", to, from);
    update("update agreement_signatures set operator_id = ? where operator_id = ?", to, from);
    for (long id : partnerships) {
      // a new version: an edit begun before the merge is a conflict, not a lost update
      update("update partnerships set version = version + 1 where id = ?", id);
    }
    // an endorsement of a version the kept operator endorsed too is dropped, the others move
    update(
        "delete from endorsements where operator_id = ? and charter_version in"
            + " (select e.charter_version from endorsements e where e.operator_id = ?)",
        from,
        to);
    int endorsements =
        update("update endorsements set operator_id = ? where operator_id = ?", to, from);
    update(
        "delete from user_operators where operator_id = ? and user_id in"
            + " (select u.user_id from user_operators u where u.operator_id = ?)",
        from,
        to);
    int users = update("update user_operators set operator_id = ? where operator_id = ?", to, from);
    searchTexts.ofOperator(to);
    return new Moved(partnerships, endorsements, users);
  }

  @Override
  public void recordMerge(Merge merge) {
    update(
        "insert into operator_merges (absorbed_id, kept_id, merged_at, merged_by)"
            + " values (?, ?, ?, ?)",
        merge.absorbedId(),
        merge.keptId(),
        merge.at(),
        merge.by());
  }

  @Override
  public java.util.Optional<Merge> mergeOf(long absorbedId) {
    List<?> rows =
        em.createNativeQuery(
                "select kept_id, merged_at, merged_by from operator_merges where absorbed_id = ?")
            .setParameter(1, absorbedId)
            .getResultList();
    if (rows.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return java.util.Optional.of(
        new Merge(absorbedId, ((Number) row[0]).longValue(), at(row[1]), (String) row[2]));
  }

  /** A timestamp column as the driver gives it (PostgreSQL and H2 differ). */
  private static java.time.OffsetDateTime at(Object value) {
    if (value instanceof java.time.OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    return null;
  }

  private int update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }
}
