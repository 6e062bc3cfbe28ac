package org.wops.api.iati;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wops.domain.partnership.IatiImported;
import org.wops.domain.partnership.IatiImports;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;
import org.wops.domain.partnership.Partnership;

/**
 * What an earlier import of a file's activities chose, read back from the partnerships it recorded,
 * so that importing the file again asks nothing the secretariat answered then: a participating
 * organisation that matches no operator by name is the operator of that partnership that no other
 * organisation of the activity matched — the one left, one of its likely operators, or, when as
 * many are left as organisations unresolved, the one in the same place (the import keeps the file's
 * order) — and an operator's role is the role it holds there.
 */
record IatiRemembered(Map<String, Long> operators, Map<String, String> roles) {

  boolean isEmpty() {
    return operators.isEmpty() && roles.isEmpty();
  }

  /** The choices the partnerships imported from these activities hold. */
  static IatiRemembered of(
      List<IatiMapping.Mapped> mapped, Map<String, IatiImported> imported, IatiImports imports) {
    Map<String, Long> operators = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    for (IatiMapping.Mapped m : mapped) {
      IatiImported before = m.identifier() == null ? null : imported.get(m.identifier());
      Partnership p = before == null ? null : imports.find(before.partnershipId()).orElse(null);
      if (p == null) {
        continue;
      }
      Map<Long, ParticipantRole> held = new LinkedHashMap<>();
      for (Participant x : p.participants()) {
        held.put(x.operatorId(), x.role());
      }
      List<Long> left = new ArrayList<>(held.keySet());
      for (Map<String, Object> v : list(m.maps().get("participants"))) {
        Object id = v.get("operatorId");
        if (id instanceof Long operatorId && held.containsKey(operatorId)) {
          left.remove(operatorId);
          roles.putIfAbsent((String) v.get("name"), held.get(operatorId).name());
        }
      }
      List<String> unresolved = new ArrayList<>();
      for (Object name : (List<?>) m.maps().getOrDefault("unresolved", List.of())) {
        unresolved.add((String) name);
      }
      // one of its likely operators that the partnership holds
      for (Map<String, Object> d : m.likelyDuplicates()) {
        String name = (String) d.get("name");
        List<Long> likely = new ArrayList<>();
        for (Map<String, Object> o : list(d.get("operators"))) {
          if (o.get("id") instanceof Long id && left.contains(id)) {
            likely.add(id);
          }
        }
        if (unresolved.contains(name) && likely.size() == 1) {
          remember(name, likely.get(0), held, operators, roles);
          unresolved.remove(name);
          left.remove(likely.get(0));
        }
      }
      if (unresolved.size() == left.size()) {
        for (int i = 0; i < unresolved.size(); i++) {
          remember(unresolved.get(i), left.get(i), held, operators, roles);
        }
      }
    }
    return new IatiRemembered(operators, roles);
  }

  private static void remember(
      String name,
      long operatorId,
      Map<Long, ParticipantRole> held,
      Map<String, Long> operators,
      Map<String, String> roles) {
    operators.putIfAbsent(name, operatorId);
    roles.putIfAbsent(name, held.get(operatorId).name());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }
}
