package ru.schoolsupport.config;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * A page of tasks names each task's form, and to find it Camunda reads, in every query, the row of
 * each process definition the page's tasks belong to ({@code select * from ACT_RE_PROCDEF where ID_ =
 * ?}) before taking the parsed definition from its deployment cache: the row carries what may change
 * about a definition (whether it is suspended), which commands that start or continue its instances
 * need fresh. A form's key never changes once deployed, and a query changes nothing; so in a query
 * (a task query, or a Tasklist filter's) a definition the engine already holds parsed is taken as it
 * is: a round trip fewer per process on every Tasklist page (BENCHMARKS.md). Every other command reads
 * the row as Camunda does, and so does a query for a definition not yet in the cache.
 */
@Component
public class TaskFormKeysPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.replace(configuration, ProcessDefinitionManager.class, DeployedDefinitionsInQueries::new);
  }

  /** Camunda's process definition manager, but for a query's look-up of a deployed definition. */
  static class DeployedDefinitionsInQueries extends ProcessDefinitionManager {

    @Override
    public ProcessDefinitionEntity getCachedResourceDefinitionEntity(String definitionId) {
      ProcessDefinitionEntity readInThisCommand = super.getCachedResourceDefinitionEntity(definitionId);
      if (readInThisCommand != null || !isQuery(Context.getCommandInvocationContext())) {
        return readInThisCommand;
      }
      return Context.getProcessEngineConfiguration().getDeploymentCache().getProcessDefinitionCache()
          .get(definitionId);
    }

    static boolean isQuery(CommandInvocationContext invocation) {
      Command<?> command = invocation == null ? null : invocation.getCommand();
      return command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd;
    }
  }
}
