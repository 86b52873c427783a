package ru.schoolsupport.access;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;
import ru.schoolsupport.config.EngineSessions;

/**
 * Camunda's permission checks of a logged-in user, answered with what is known of our grants: access
 * is only granted ({@link AccessRules}, {@code authorization-check-revokes: never}). Some of Camunda's
 * look-ups change, not their answers:
 * <ul>
 *   <li>Before each check Camunda narrows the user's groups to those that hold any grant, and to know
 *   them it reads the group of every grant there is ({@code SELECT distinct GROUP_ID_ FROM
 *   ACT_RU_AUTHORIZATION}), once in every command of a logged-in user. Every task grants its candidate
 *   groups READ, so that table grows with the open tasks: among 50,000 open tasks (45,000 grants) the
 *   read took 2 ms, twice for each Tasklist page. A group that holds no grant matches none in the
 *   checks, so here the checks take the user's own groups as they are, a handful, with no read.</li>
 *   <li>A check of permissions on named resources (may this user read this filter, work on this task,
 *   start this process) is answered by {@link GrantedPermissions}' one plain query of the grants
 *   instead of Camunda's statement of nested {@code EXISTS}, which PostgreSQL plans anew on every
 *   call: each Tasklist page checks its filter so.</li>
 *   <li>A task query is joined with the user's grants so that it returns only the tasks the user may
 *   read. Two kinds of query need no join, because the join would keep every row; among 50,000 open
 *   tasks it was a third of a director's page and the sort of every task of a coordinator's
 *   (BENCHMARKS.md):
 *   <ul>
 *     <li>the user's own groups' work («Задачи моей группы»: the tasks whose candidate groups include
 *     one of the user's groups, whatever else narrows them). A task's candidate group may always read it: the
 *     engine grants the group READ on the task when it makes the group a candidate, and the groups
 *     that work on every task ({@link AccessRules#WORK_ON_EVERY_TASK}) read every task by their own
 *     grant. An {@code or}, a candidate user, or a group that is not the user's own keeps the join;</li>
 *     <li>any query of a user who may read every task (a manager, {@link AccessRules#READ_EVERY_TASK}),
 *     as the grants say at the time.</li>
 *   </ul>
 *   Every other task query keeps Camunda's check.</li>
 * </ul>
 */
@Component
public class AuthorizationChecksPlugin extends AbstractProcessEnginePlugin {

  private final FilterCatalog filterCatalog;

  public AuthorizationChecksPlugin(FilterCatalog filterCatalog) {
    this.filterCatalog = filterCatalog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, AuthorizationManager.class, () -> new GrantsOnlyAuthorizationManager(filterCatalog));
  }

  /** Camunda's authorization manager, but for the look-ups above. */
  static class GrantsOnlyAuthorizationManager extends AuthorizationManager {

    private final FilterCatalog filterCatalog;

    GrantsOnlyAuthorizationManager(FilterCatalog filterCatalog) {
      this.filterCatalog = filterCatalog;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
    }

    // a grant on a filter given or taken away: the grants on filters are read again (FilterCatalog)

    @Override
    public void insert(DbEntity authorization) {
      super.insert(authorization);
      grantChanged(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      super.update(authorization);
      grantChanged(authorization);
    }

    @Override
    public void delete(DbEntity authorization) {
      super.delete(authorization);
      grantChanged(authorization);
    }

    @Override
    public void deleteAuthorizationsByResourceId(Resource resource, String resourceId) {
      super.deleteAuthorizationsByResourceId(resource, resourceId);
      grantsChanged(resource.resourceType());
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndUserId(Resource resource, String resourceId, String userId) {
      super.deleteAuthorizationsByResourceIdAndUserId(resource, resourceId, userId);
      grantsChanged(resource.resourceType());
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndGroupId(Resource resource, String resourceId, String groupId) {
      super.deleteAuthorizationsByResourceIdAndGroupId(resource, resourceId, groupId);
      grantsChanged(resource.resourceType());
    }

    private void grantChanged(DbEntity authorization) {
      if (authorization instanceof AuthorizationEntity grant) {
        grantsChanged(grant.getResourceType());
      }
    }

    private void grantsChanged(int resourceType) {
      if (resourceType == Resources.FILTER.resourceType()) {
        filterCatalog.grantsChanged();
      }
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (check.isAuthorizationCheckEnabled() && !isRevokeAuthCheckEnabled(check.getAuthUserId(), check.getAuthGroupIds())
          && (asksForOwnGroupsWork(query) || readsEveryTask(check.getAuthUserId(), check.getAuthGroupIds()))) {
        check.setAuthorizationCheckEnabled(false);
      }
    }

    /** The tasks of some of the user's own groups as candidates, narrowed by nothing that could widen it. */
    static boolean asksForOwnGroupsWork(TaskQueryImpl query) {
      if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getInvolvedUser() != null
          || query.getCandidateGroupLike() != null) {
        return false;
      }
      List<String> candidateGroups = query.getCandidateGroups();
      List<String> ownGroups = query.getAuthCheck().getAuthGroupIds();
      return candidateGroups != null && !candidateGroups.isEmpty() && ownGroups != null
          && ownGroups.containsAll(candidateGroups);
    }

    /**
     * Whether the user may read every task, as the managers may ({@link AccessRules#READ_EVERY_TASK}):
     * asked of the grants only for a member of one of those groups, the others keep Camunda's join.
     */
    private boolean readsEveryTask(String userId, List<String> groupIds) {
      return groupIds != null && groupIds.stream().anyMatch(AccessRules.READ_EVERY_TASK::contains)
          && holds(userId, groupIds, List.of(new GrantedPermissions.Check(Resources.TASK.resourceType(),
              Authorization.ANY, Permissions.READ.getValue())), true);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
      if (!isAuthorizationEnabled()) {
        return true;
      }
      return isAnsweredByGrants(userId, groupIds, List.of(permissionCheck))
          ? granted(userId, groupIds, List.of(permissionCheck), true)
          : super.isAuthorized(userId, groupIds, permissionCheck);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      return check.getCompositeChecks().isEmpty() && isAnsweredByGrants(userId, groupIds, check.getAtomicChecks())
          ? granted(userId, groupIds, check.getAtomicChecks(), !check.isDisjunctive())
          : super.isAuthorized(userId, groupIds, check);
    }

    /**
     * Checks of named resources, as Camunda would answer them from grants alone: no revokes to look
     * for, no "not found" answer of their own, each valid for its resource (Camunda's refusal of an
     * invalid one stays Camunda's).
     */
    private boolean isAnsweredByGrants(String userId, List<String> groupIds, List<PermissionCheck> checks) {
      return !checks.isEmpty() && !isRevokeAuthCheckEnabled(userId, groupIds)
          && checks.stream().allMatch(check -> check.getResourceIdQueryParam() == null
              && check.getAuthorizationNotFoundReturnValue() == null && isResourceValidForPermission(check));
    }

    private boolean granted(String userId, List<String> groupIds, List<PermissionCheck> checks, boolean all) {
      return holds(userId, groupIds, checks.stream()
          .map(check -> new GrantedPermissions.Check(check.getResourceType(), check.getResourceId(), check.getPerms()))
          .toList(), all);
    }

    private boolean holds(String userId, List<String> groupIds, List<GrantedPermissions.Check> asked, boolean all) {
      try {
        return GrantedPermissions.hold(getDbSqlSession().getSqlSession().getConnection(),
            Context.getProcessEngineConfiguration().getDatabaseTablePrefix(),
            userId, filterAuthenticatedGroupIds(groupIds), asked, all);
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the grants of user '" + userId + "': " + e.getMessage(), e);
      }
    }
  }
}
