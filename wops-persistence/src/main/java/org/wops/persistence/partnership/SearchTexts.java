package org.wops.persistence.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code partnerships.search_text} (migration V14) up to date: the {@link SearchText} form of
 * a partnership's title and objectives (and their translations) and of the names, short names and
 * former and alternative names of its participating operators and supporting organisations. Written
 * when a partnership is stored, and for every partnership of an operator or organisation that is
 * stored (a renamed operator is found under its new name at once). On PostgreSQL the column feeds
 * the stored {@code search_vector} and its GIN index.
 */
@ApplicationScoped
public class SearchTexts {
  /** Which partnerships to bring up to date (each with one bound parameter). */
  enum Scope {
    PARTNERSHIP("p.id = ?"),
    OPERATOR(
        "p.id in (select x.partnership_id from partnership_participants x where x.operator_id = ?)"),
    ORGANISATION(
        "p.id in (select s.partnership_id from partnership_supporters s"
            + " where s.organisation_id = ?)");

    final String condition;

    Scope(String condition) {
      this.condition = condition;
    }
  }

  private static final String MISSING = "p.search_text is null";

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  /** Brings the search text of one partnership up to date (after it was flushed). */
  public void ofPartnership(long id) {
    refresh(Scope.PARTNERSHIP, id);
  }

  /** Brings up to date the partnerships in which this operator takes part. */
  public void ofOperator(long id) {
    refresh(Scope.OPERATOR, id);
  }

  /** Brings up to date the partnerships that this organisation supports. */
  public void ofOrganisation(long id) {
    refresh(Scope.ORGANISATION, id);
  }

  private void refresh(Scope scope, long id) {
    Map<Long, Texts> texts = new LinkedHashMap<>();
    for (Object row : rows(partnershipsSql(scope.condition), id)) {
      Object[] r = (Object[]) row;
      texts.put(
          ((Number) r[0]).longValue(), new Texts((String) r[1], (String) r[2], (String) r[3]));
    }
    if (texts.isEmpty()) {
      return;
    }
    for (Object row : rows(namesSql(scope.condition), id, id, id, id)) {
      Object[] r = (Object[]) row;
      Texts t = texts.get(((Number) r[0]).longValue());
      if (t != null) {
        t.names.add((String) r[1]);
        t.names.add((String) r[2]);
      }
    }
    texts.forEach(
        (partnershipId, t) -> {
          String now = t.searchText();
          if (!now.equals(t.stored)) {
            em.createNativeQuery("update partnerships set search_text = ? where id = ?")
                .setParameter(1, now)
                .setParameter(2, partnershipId)
                .executeUpdate();
          }
        });
  }

  private List<?> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  /**
   * Fills the search text of every partnership that has none (rows of an older schema, or loaded by
   * SQL), through plain JDBC at start-up. Returns how many it filled.
   */
  public static int fillMissing(Connection connection) throws SQLException {
    Map<Long, Texts> texts = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(partnershipsSql(MISSING));
        ResultSet r = select.executeQuery()) {
      while (r.next()) {
        texts.put(r.getLong(1), new Texts(r.getString(2), r.getString(3), r.getString(4)));
      }
    }
    if (texts.isEmpty()) {
      return 0;
    }
    try (PreparedStatement names = connection.prepareStatement(namesSql(MISSING));
        ResultSet r = names.executeQuery()) {
      while (r.next()) {
        Texts t = texts.get(r.getLong(1));
        if (t != null) {
          t.names.add(r.getString(2));
          t.names.add(r.getString(3));
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("update partnerships set search_text = ? where id = ?")) {
      for (Map.Entry<Long, Texts> e : texts.entrySet()) {
        update.setString(1, e.getValue().searchText());
        update.setLong(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    return texts.size();
  }

  private static String partnershipsSql(String condition) {
    return "select p.id, p.search_text, p.title, p.objectives from partnerships p where "
        + condition;
  }

  private static String namesSql(String condition) {
    return "select x.partnership_id, o.name, o.short_name from partnership_participants x"
        + " join operators o on o.id = x.operator_id"
        + " where x.partnership_id in (select p.id from partnerships p where "
        + condition
        + ") union all"
        + " select s.partnership_id, g.name, g.short_name from partnership_supporters s"
        + " join organisations g on g.id = s.organisation_id"
        + " where s.partnership_id in (select p.id from partnerships p where "
        + condition
        + ") union all"
        + " select x.partnership_id, n.name, null from partnership_participants x"
        + " join operator_names n on n.operator_id = x.operator_id"
        + " where x.partnership_id in (select p.id from partnerships p where "
        + condition
        + ") union all"
        // a translation of the title or objectives is found like the original (V32)
        + " select t.partnership_id, t.text, null from partnership_translations t"
        + " where t.partnership_id in (select p.id from partnerships p where "
        + condition
        + ")";
  }

  private static final class Texts {
    final String stored;
    final String title;
    final String objectives;
    final List<String> names = new ArrayList<>();

    Texts(String stored, String title, String objectives) {
      this.stored = stored;
      this.title = title;
      this.objectives = objectives;
    }

    String searchText() {
      List<String> all = new ArrayList<>();
      all.add(title);
      all.add(objectives);
      names.stream().filter(Objects::nonNull).forEach(all::add);
      return SearchText.of(all.toArray(String[]::new));
    }
  }
}
