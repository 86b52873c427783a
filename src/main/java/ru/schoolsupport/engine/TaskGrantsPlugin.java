package ru.schoolsupport.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.AccessRules;

/**
 * The engine grants each of a task's candidate groups READ and UPDATE on that task: that is how a
 * school's people see only their school's tasks. A group that already works on every task
 * ({@link AccessRules#WORK_ON_EVERY_TASK}, the coordinators) gets no such grant: it would only repeat
 * the grant on every task, yet every Tasklist query of its members joins all of them (among 50,000
 * open tasks, 10,000 coordinators' grants made «Все задачи по школам» 2.5× slower, docs/adr/0007).
 */
@Component
public class TaskGrantsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return AccessRules.WORK_ON_EVERY_TASK.contains(groupId) ? null
            : super.newTaskGroupIdentityLink(task, groupId, type);
      }
    });
  }
}
