package ru.schoolsupport.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Whether a user holds what a permission check asks for on named resources, read from the grants in
 * one plain query. Access here is only ever granted ({@link AccessRules}; revokes are not applied), so
 * a check holds exactly when one grant covers it: the user's own, one of the user's groups' or a
 * global one, on that resource or on every resource of its type ({@code *}), with every permission
 * asked for. That is the answer Camunda's own check gives without revokes, but Camunda asks it in one
 * statement of up to six nested {@code EXISTS} (4,692 characters for one filter's READ), which
 * PostgreSQL plans anew each time it runs: 0.6 ms of a Tasklist page of a few (BENCHMARKS.md).
 */
final class GrantedPermissions {

  /** One permission asked for on one resource, or on every resource of the type (id {@code *} or none). */
  record Check(int resourceType, String resourceId, int permissions) {
    boolean isCoveredBy(Grant grant) {
      return grant.resourceType() == resourceType
          && (ANY.equals(grant.resourceId()) || grant.resourceId().equals(resourceId))
          && (grant.permissions() & permissions) == permissions;
    }

    boolean namesOneResource() {
      return resourceId != null && !ANY.equals(resourceId);
    }
  }

  /** A grant as the table holds it: its resource type and id, and the bits of its permissions. */
  record Grant(int resourceType, String resourceId, int permissions) {
  }

  private GrantedPermissions() {
  }

  /** Whether every check holds ({@code all}), or at least one. */
  static boolean hold(Connection connection, String tablePrefix, String userId, List<String> groupIds,
      List<Check> checks, boolean all) throws SQLException {
    List<Grant> grants = grants(connection, tablePrefix, userId, groupIds, checks);
    return all
        ? checks.stream().allMatch(check -> grants.stream().anyMatch(check::isCoveredBy))
        : checks.stream().anyMatch(check -> grants.stream().anyMatch(check::isCoveredBy));
  }

  /** The grants of the user, the user's groups and everyone on the checks' resources or on all of their type. */
  private static List<Grant> grants(Connection connection, String tablePrefix, String userId, List<String> groupIds,
      List<Check> checks) throws SQLException {
    List<String> groups = groupIds == null ? List.of() : groupIds.stream().filter(Objects::nonNull).toList();
    Set<Resource> resources = new LinkedHashSet<>();
    checks.forEach(check -> resources.add(new Resource(check.resourceType(),
        check.namesOneResource() ? check.resourceId() : null)));
    List<Grant> grants = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql(tablePrefix, groups.size(), resources))) {
      int p = 0;
      statement.setString(++p, userId);
      for (String group : groups) {
        statement.setString(++p, group);
      }
      for (Resource resource : resources) {
        statement.setInt(++p, resource.type());
        if (resource.id() != null) {
          statement.setString(++p, resource.id());
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          grants.add(new Grant(rows.getInt(1), rows.getString(2), rows.getInt(3)));
        }
      }
    }
    return grants;
  }

  private record Resource(int type, String id) {
  }

  private static String sql(String tablePrefix, int groups, Set<Resource> resources) {
    StringBuilder whose = new StringBuilder("USER_ID_ = ?");
    if (groups > 0) {
      whose.append(" or GROUP_ID_ in (").append(String.join(", ", Collections.nCopies(groups, "?")))
          .append(')');
    }
    StringJoiner which = new StringJoiner(" or ");
    for (Resource resource : resources) {
      which.add(resource.id() == null ? "RESOURCE_TYPE_ = ? and RESOURCE_ID_ = '" + ANY + "'"
          : "RESOURCE_TYPE_ = ? and RESOURCE_ID_ in (?, '" + ANY + "')");
    }
    return "select RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from " + tablePrefix + "ACT_RU_AUTHORIZATION"
        + " where (TYPE_ = " + AUTH_TYPE_GLOBAL + " and USER_ID_ = '" + ANY + "'"
        + " or TYPE_ = " + AUTH_TYPE_GRANT + " and (" + whose + "))"
        + " and (" + which + ")";
  }
}
