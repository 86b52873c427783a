package ru.schoolsupport.access;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before checking a logged-in user's permissions, Camunda narrows the user's groups to those that hold
 * any grant, and to know them it reads the group of every grant there is ({@code SELECT distinct
 * GROUP_ID_ FROM ACT_RU_AUTHORIZATION}), once in every command of a logged-in user. Every task grants
 * its candidate groups READ, so that table grows with the open tasks: among 50,000 open tasks (45,000
 * grants) the read took 2 ms, twice for each Tasklist page, more than the director's query itself
 * (BENCHMARKS.md). The narrowing changes no answer: a group that holds no grant matches none in the
 * checks. So the checks here take the user's own groups as they are, a handful, with no read at all.
 */
@Component
public class UserGroupsInAuthorizationChecksPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> custom = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    // a custom factory of the same session type replaces the engine's own
    custom.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UserGroupsAsTheyAre();
      }
    });
    configuration.setCustomSessionFactories(custom);
  }

  /** Camunda's authorization manager, but for the one lookup above. */
  static class UserGroupsAsTheyAre extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
