package org.wops.persistence.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wops.persistence.partnership.SearchText;

/**
 * Keeps {@code operators.search_text} (migration V28) up to date: the {@link SearchText} form of an
 * operator's name, short name, city and former and alternative names, which the operators' search
 * looks in. Written whenever an operator is stored (after the flush), and at start-up for the rows
 * that have none. Every value is a bound parameter.
 */
@ApplicationScoped
public class OperatorSearchTexts {
  private static final String OPERATOR =
      "select name, short_name, city from operators where id = ?";
  private static final String NAMES =
      "select name from operator_names where operator_id = ? order by position";
  private static final String UPDATE = "update operators set search_text = ? where id = ?";

  @PersistenceContext(unitName = "wops")
  EntityManager em;

  /** Brings the search text of one (flushed) operator up to date. */
  public void of(long id) {
    List<?> rows = em.createNativeQuery(OPERATOR).setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      return;
    }
    Object[] r = (Object[]) rows.get(0);
    List<String> texts = new ArrayList<>(List.of((String) r[0], (String) r[2]));
    if (r[1] != null) {
      texts.add((String) r[1]);
    }
    for (Object name : em.createNativeQuery(NAMES).setParameter(1, id).getResultList()) {
      texts.add((String) name);
    }
    em.createNativeQuery(UPDATE)
        .setParameter(1, SearchText.of(texts.toArray(String[]::new)))
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Fills the search text of every operator that has none, through plain JDBC at start-up. */
  public static int fillMissing(Connection connection) throws SQLException {
    Map<Long, List<String>> texts = new LinkedHashMap<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "select id, name, short_name, city from operators where search_text is null");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        List<String> t = new ArrayList<>();
        t.add(r.getString(2));
        t.add(r.getString(4));
        t.add(r.getString(3));
        texts.put(r.getLong(1), t);
      }
    }
    if (texts.isEmpty()) {
      return 0;
    }
    try (PreparedStatement s =
            connection.prepareStatement(
                "select n.operator_id, n.name from operator_names n join operators o"
                    + " on o.id = n.operator_id where o.search_text is null"
                    + " order by n.operator_id, n.position");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        List<String> t = texts.get(r.getLong(1));
        if (t != null) {
          t.add(r.getString(2));
        }
      }
    }
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (Map.Entry<Long, List<String>> e : texts.entrySet()) {
        update.setString(1, SearchText.of(e.getValue().toArray(String[]::new)));
        update.setLong(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    return texts.size();
  }
}
