package ru.schoolsupport.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fails (and so, after its retries, becomes an incident in Cockpit) while mail cannot be delivered. */
@Component
public class CheckMailDeliveryDelegate implements JavaDelegate {

  private final MailDeliveryWatch watch;

  public CheckMailDeliveryDelegate(MailDeliveryWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    watch.check(execution.getProcessInstanceId());
  }
}
