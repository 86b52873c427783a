package ru.schoolsupport;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of issue 21: packages by feature without cycles, Camunda used through its documented
 * extension points only, and those extension points in one package, {@code ru.schoolsupport.engine}.
 */
class ArchitectureTest {

  // plain JUnit tests rather than @ArchTest fields, which Surefire 3.5.3 does not run (TNG/ArchUnit#1442)
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ru.schoolsupport");
  }

  /** Where the classes that plug into the engine live. */
  static final String ENGINE_PACKAGE = "ru.schoolsupport.engine";

  /**
   * The engine's impl types that are part of a documented extension point, and why. Anything else under
   * {@code org.camunda.bpm.engine.impl} is the engine's internals.
   */
  static final Map<String, String> ALLOWED_IMPL_TYPES = Map.ofEntries(
      // allowed in every package
      Map.entry("org.camunda.bpm.engine.impl.identity.Authentication",
          "the return type of the public IdentityService.getCurrentAuthentication()"),
      Map.entry("org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException",
          "the exception of form field validation, which the REST API answers with 400"),
      Map.entry("org.camunda.bpm.engine.impl.util.ClockUtil",
          "the engine's clock, which the testing guide sets; due dates follow it"),
      // allowed in ru.schoolsupport.engine only
      Map.entry("org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin",
          "the documented base class of process engine plugins"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin",
          "the documented process engine plugin interface"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl",
          "what a plugin's hooks receive; plugins call its public setters only"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener",
          "the documented base class of BPMN parse listeners"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener",
          "the documented BPMN parse listener interface"),
      Map.entry("org.camunda.bpm.engine.impl.pvm.process.ActivityImpl",
          "a parameter of BpmnParseListener.parseUserTask"),
      Map.entry("org.camunda.bpm.engine.impl.pvm.process.ScopeImpl",
          "a parameter of BpmnParseListener.parseUserTask"),
      Map.entry("org.camunda.bpm.engine.impl.util.xml.Element",
          "a parameter of BpmnParseListener.parseUserTask"),
      Map.entry("org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior",
          "the user guide's way for a parse listener to reach a user task's definition"),
      Map.entry("org.camunda.bpm.engine.impl.task.TaskDefinition",
          "where a parse listener adds a task listener (user guide, parse listener example)"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider",
          "the documented resource authorization provider interface"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider",
          "the engine's provider, documented as the one to extend"),
      Map.entry("org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity",
          "the return type of ResourceAuthorizationProvider's methods"),
      Map.entry("org.camunda.bpm.engine.impl.history.HistoryLevel",
          "the documented interface of a custom history level"),
      Map.entry("org.camunda.bpm.engine.impl.history.event.HistoryEventType",
          "the parameter of HistoryLevel.isHistoryEventProduced"),
      Map.entry("org.camunda.bpm.engine.impl.history.event.HistoryEventTypes",
          "the event types a custom history level decides on"),
      Map.entry("org.camunda.bpm.engine.impl.context.Context",
          "SpawningStatistics: the database type and table prefix, and the transaction, of the listener's command"),
      Map.entry("org.camunda.bpm.engine.impl.interceptor.CommandContext",
          "SpawningStatistics: reaches the command's transaction (the calls that turn checks off are banned below)"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.TransactionContext",
          "SpawningStatistics: adds a transaction listener, the engine's after-commit hook"),
      Map.entry("org.camunda.bpm.engine.impl.cfg.TransactionState",
          "SpawningStatistics: run once the spawning's first batch is committed"));

  /** The impl types of {@link #ALLOWED_IMPL_TYPES} that any package may use. */
  static final Set<String> ALLOWED_IMPL_TYPES_EVERYWHERE = Set.of(
      "org.camunda.bpm.engine.impl.identity.Authentication",
      "org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException",
      "org.camunda.bpm.engine.impl.util.ClockUtil");

  /** The engine's extension points: a class implementing one of them plugs into the engine. */
  static final Set<String> ENGINE_EXTENSION_POINTS = Set.of(
      "org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin",
      "org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener",
      "org.camunda.bpm.engine.impl.history.HistoryLevel",
      "org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler",
      "org.camunda.bpm.engine.impl.history.producer.HistoryEventProducer",
      "org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider",
      "org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider",
      "org.camunda.bpm.engine.impl.form.validator.FormFieldValidator",
      "org.camunda.bpm.engine.impl.form.type.AbstractFormFieldType",
      "org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer",
      "org.camunda.bpm.engine.impl.incident.IncidentHandler",
      "org.camunda.bpm.engine.impl.jobexecutor.JobHandler",
      "org.camunda.bpm.engine.impl.interceptor.CommandInterceptor",
      "org.camunda.bpm.engine.impl.calendar.BusinessCalendar",
      "org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor");

  // ---- the house: feature packages without cycles

  static final ArchRule featurePackagesHaveNoCycles = slices().matching("ru.schoolsupport.(*)..")
      .should().beFreeOfCycles();

  // ---- the engine through its documented extension points only

  static final ArchRule noEngineInternals = noClasses().that(ours())
      .should().dependOnClassesThat(engineInternals())
      .because("issue 21: no class extends, wraps or replaces an engine manager, command, service, session "
          + "factory, query class, the DB history handler or the engine's persistence");

  static final ArchRule noAuthorizationCheckTurnedOff = noClasses().that(ours())
      .should().callMethodWhere(engineMethodNamed(
          "setAuthorizationCheckEnabled", "disableAuthorizationCheck", "runWithoutAuthorization"))
      .because("issue 21: nothing turns an authorization check off");

  static final ArchRule noScopeChangedOnEngineObjects = noClasses().that(ours())
      .should().callMethodWhere(engineMethodNamed("setScope"))
      .because("issue 21: a model's elements keep the scopes Camunda gives them");

  static final ArchRule implTypesOnlyFromTheAllowList = classes().that(ours())
      .should(new ArchCondition<JavaClass>("use only allowed engine impl types") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          boolean inEnginePackage = origin.getPackageName().equals(ENGINE_PACKAGE);
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            String name = target.getName();
            if (!name.startsWith("org.camunda.bpm.engine.impl.")) {
              continue;
            }
            boolean allowed = inEnginePackage ? ALLOWED_IMPL_TYPES.containsKey(name)
                : ALLOWED_IMPL_TYPES_EVERYWHERE.contains(name);
            if (!allowed) {
              events.add(SimpleConditionEvent.violated(dependency,
                  dependency.getDescription() + (ALLOWED_IMPL_TYPES.containsKey(name)
                      ? " (allowed in " + ENGINE_PACKAGE + " only)" : " (not on ALLOWED_IMPL_TYPES)")));
            }
          }
        }
      })
      .because("issue 21: the engine through its documented extension points only, and those in one package");

  // ---- the engine's touch points sit in one package

  static final ArchRule extensionPointsInTheEnginePackage = classes().that(ours())
      .and(implementEngineExtensionPoint())
      .should().resideInAPackage(ENGINE_PACKAGE)
      .because("issue 21: the engine touch points sit in one package");

  // ---- the tests

  @Test
  void featurePackagesHaveNoCycles() {
    featurePackagesHaveNoCycles.check(classes);
  }

  @Test
  void noEngineInternals() {
    noEngineInternals.check(classes);
  }

  @Test
  void noAuthorizationCheckTurnedOff() {
    noAuthorizationCheckTurnedOff.check(classes);
  }

  @Test
  void noScopeChangedOnEngineObjects() {
    noScopeChangedOnEngineObjects.check(classes);
  }

  @Test
  void implTypesOnlyFromTheAllowList() {
    implTypesOnlyFromTheAllowList.check(classes);
  }

  @Test
  void extensionPointsInTheEnginePackage() {
    extensionPointsInTheEnginePackage.check(classes);
  }

  // ---- predicates

  /** Our classes. */
  private static DescribedPredicate<JavaClass> ours() {
    return describe("are ours", c -> c.getPackageName().startsWith("ru.schoolsupport"));
  }

  /** The engine's internals that issue 21 names. */
  static DescribedPredicate<JavaClass> engineInternals() {
    return describe("are engine internals (managers, commands, service and query implementations, session "
        + "factories, the DB session and entity manager, the DB history event handler)", c -> {
          String pkg = c.getPackageName();
          String simple = c.getSimpleName();
          return pkg.startsWith("org.camunda.bpm.engine.impl")
              && (pkg.equals("org.camunda.bpm.engine.impl.persistence.entity") && simple.endsWith("Manager")
              || pkg.equals("org.camunda.bpm.engine.impl.persistence") && simple.endsWith("Manager")
              || inPackageTree(pkg, "org.camunda.bpm.engine.impl.cmd")
              || simple.endsWith("ServiceImpl")
              || simple.endsWith("QueryImpl")
              || c.getName().equals("org.camunda.bpm.engine.impl.AbstractQuery")
              || c.isAssignableTo("org.camunda.bpm.engine.impl.interceptor.SessionFactory")
              || c.isAssignableTo("org.camunda.bpm.engine.impl.interceptor.Command")
              || inPackageTree(pkg, "org.camunda.bpm.engine.impl.db")
              || c.isAssignableTo("org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler"));
        });
  }

  private static boolean inPackageTree(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  private static DescribedPredicate<JavaAccess<?>> engineMethodNamed(String... names) {
    Set<String> wanted = Set.of(names);
    return describe("a method of the engine named " + wanted, access -> wanted.contains(access.getName())
        && access.getTargetOwner().getPackageName().startsWith("org.camunda.bpm"));
  }


  private static DescribedPredicate<JavaClass> implementEngineExtensionPoint() {
    return describe("implement an engine extension point " + ENGINE_EXTENSION_POINTS,
        c -> ENGINE_EXTENSION_POINTS.stream().anyMatch(c::isAssignableTo)
            || c.getAllRawInterfaces().stream().anyMatch(i -> ENGINE_EXTENSION_POINTS.contains(i.getName())));
  }
}
