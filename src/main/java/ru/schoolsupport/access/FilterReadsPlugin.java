package ru.schoolsupport.access;

import java.sql.SQLException;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;
import org.springframework.stereotype.Component;
import ru.schoolsupport.config.EngineSessions;
import ru.schoolsupport.access.FilterCatalog.FilterRow;

/**
 * A Tasklist page or count runs a saved filter by its id: the filter and the user's grant on it are
 * taken from {@link FilterCatalog} instead of a read of the filter's row and a check of the grants in
 * the database each time. Only where a filter is run; reading a filter to show or change it reads it
 * as Camunda does, and so does a run the grants kept in memory do not allow (Camunda's own check
 * then refuses it, or finds a grant just given).
 */
@Component
public class FilterReadsPlugin extends AbstractProcessEnginePlugin {

  private final FilterCatalog catalog;

  public FilterReadsPlugin(FilterCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, FilterManager.class, () -> new CatalogFilterManager(catalog));
  }

  /** Camunda's filter manager, but for the filters run. */
  static class CatalogFilterManager extends FilterManager {

    private final FilterCatalog catalog;

    CatalogFilterManager(FilterCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public FilterEntity findFilterById(String filterId) {
      Authentication user = getCurrentAuthentication();
      // only where Camunda would check the user's grant on the filter
      if (filterId == null || user == null || user.getUserId() == null || !isAuthorizationEnabled()
          || !getCommandContext().isAuthorizationCheckEnabled() || !isFilterRun(Context.getCommandInvocationContext())
          || !mayRead(user, filterId)) {
        return super.findFilterById(filterId);
      }
      FilterEntity inThisCommand = getDbEntityManager().getCachedEntity(FilterEntity.class, filterId);
      if (inThisCommand != null) {
        return inThisCommand;
      }
      Optional<FilterRow> row = catalog.row(filterId);
      if (row.isPresent()) {
        FilterEntity filter = row.get().toEntity();
        // as a read of the row does: kept in the command's cache, its stored query's validator set
        getDbEntityManager().onEntityLoaded(filter);
        return filter;
      }
      long changesBeforeTheRead = catalog.changes();
      FilterEntity filter = findFilterByIdInternal(filterId);
      if (filter != null) {
        catalog.keep(filter, changesBeforeTheRead);
      }
      return filter;
    }

    private boolean mayRead(Authentication user, String filterId) {
      try {
        return catalog.lets(getDbSqlSession().getSqlSession().getConnection(),
            Context.getProcessEngineConfiguration().getDatabaseTablePrefix(), user.getUserId(), user.getGroupIds(),
            filterId, Permissions.READ.getValue());
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the grants on filters: " + e.getMessage(), e);
      }
    }

    @Override
    public Filter insertOrUpdateFilter(Filter filter) {
      Filter saved = super.insertOrUpdateFilter(filter);
      catalog.filterChanged(saved.getId());
      return saved;
    }

    @Override
    public void deleteFilter(String filterId) {
      super.deleteFilter(filterId);
      catalog.filterChanged(filterId);
    }

    static boolean isFilterRun(CommandInvocationContext invocation) {
      return invocation != null && invocation.getCommand() instanceof AbstractExecuteFilterCmd;
    }
  }
}
