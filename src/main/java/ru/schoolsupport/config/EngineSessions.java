package ru.schoolsupport.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Our own kind of one of the engine's sessions (its managers): a custom factory of a session type replaces the engine's. */
public final class EngineSessions {

  private EngineSessions() {
  }

  /** From now on each command that asks for a session of this type gets one of {@code ours}. */
  public static void replace(ProcessEngineConfigurationImpl configuration, Class<? extends Session> type,
      Supplier<? extends Session> ours) {
    List<SessionFactory> custom = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    custom.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return ours.get();
      }
    });
    configuration.setCustomSessionFactories(custom);
  }
}
