package ru.schoolsupport.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import ru.schoolsupport.access.SchoolOnTask;
import ru.schoolsupport.access.SupervisionVisibility;

/**
 * Adds {@link SchoolOnTask} and {@link SupervisionVisibility} to every user task of every
 * model, so no model has to remember them.
 */
@Component
public class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener schoolOnTask;
  private final TaskListener visibility;

  public UserTaskListenersPlugin(@Lazy SchoolOnTask schoolOnTask,
      @Lazy SupervisionVisibility visibility) {
    this.schoolOnTask = schoolOnTask;
    this.visibility = visibility;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, schoolOnTask);
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, visibility);
        }
      }
    });
  }
}
