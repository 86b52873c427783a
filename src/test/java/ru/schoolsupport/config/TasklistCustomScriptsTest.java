package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Our Tasklist custom scripts (app/tasklist/scripts/, loaded through {@code customScripts} in
 * config.js) rely on what Camunda's webjar 7.24.0 serves, unchanged: this pins the version and
 * each assumption, so a Camunda upgrade that breaks one fails here rather than in a user's browser.
 * That each fix works is shown in real Chromium by TasklistBrowserTest.
 */
class TasklistCustomScriptsTest {

  static final String WEBJAR = "META-INF/resources/webjars/camunda/";
  static final String SCRIPTS = WEBJAR + "app/tasklist/scripts/";

  @Test
  void theWebjarIsCamunda7240AndConfigLoadsOurScripts() throws IOException {
    Properties pom = new Properties();
    try (InputStream in = new ClassPathResource(
        "META-INF/maven/org.camunda.bpm.webapp/camunda-webapp-webjar/pom.properties").getInputStream()) {
      pom.load(in);
    }
    assertThat(pom.getProperty("version")).as("the webjar the custom scripts are written for").isEqualTo("7.24.0");
    assertThat(read(WEBJAR + "app/tasklist/index.html"))
        .contains("lib/runtime.js?bust=7.24.0", "lib/deps.js?bust=7.24.0", "camunda-tasklist-bootstrap.js?bust=7.24.0");
    assertThat(read(SCRIPTS + "config.js"))
        .contains("'scripts/ru-default-locale'", "'scripts/dynamic-list-complete'", "'scripts/form-js-ru'");
    assertThat(tasklist()).as("custom scripts are imported as ES modules, their default exports are module names")
        .contains("i=t.customScripts||[]", "import(t)).catch(", "var n=t.default;");
  }

  /** history-names.js: the history template's classes it finds logins by. */
  @Test
  void theHistoryTemplateHasTheClassesTheNamesScriptReads() throws IOException {
    assertThat(read(SCRIPTS + "config.js")).contains("'scripts/history-names'");
    assertThat(tasklist()).contains("class=\"history-pane\"", "class=\"operation-user\"", "event-property\">",
        "class=\"new-value\"", "class=\"original-value\"", "<div class=\"line\"");
    assertThat(read(SCRIPTS + "history-names.js")).contains("'.history-pane'", "'.operation-user'", "'.event-property'",
        "'.new-value span, .original-value span'", "'.event-body .line'");
  }

  /** form-js.js: how the scripts reach form-js's Form, and the form-js API they use. */
  @Test
  void everyFormTasklistCreatesReachesOurHooks() throws IOException {
    String hooks = read(SCRIPTS + "form-js.js");
    String chunkGlobal = constant(hooks, "CHUNK_GLOBAL", "'([A-Za-z_]+)'");
    String module = constant(hooks, "FORM_JS_MODULE", "(\\d+)");

    assertThat(read(WEBJAR + "lib/runtime.js")).as("webpack's chunk loading runs a pushed chunk's runtime with its require")
        .contains("r=self." + chunkGlobal + "=self." + chunkGlobal + "||[]", "r.push=e.bind(null,r.push.bind(r))",
            "if(a)var l=a(t)");
    String deps = deps();
    assertThat(deps).startsWith("/*! For license information, please see lib/deps.js.LICENSE.txt */\n(self."
        + chunkGlobal + "=self." + chunkGlobal + "||[]).push(").contains(module + ":function(e,t,n){");
    assertThat(tasklist()).as("Tasklist's form directive takes its Form from that module, then imports the schema")
        .contains("var p=n(" + module + ").Form,")
        .contains("v=new p({container:l[0]}),e.next=6,v.importSchema(t,r(r({},n),b));");
    assertThat(deps).as("form-js 1.8.7's Form: on(type, priority, listener), importSchema, services by get")
        .contains("class wo{constructor(e={}){this.on=this._onEvent,",
            "this.get=n.get,this.invoke=n.invoke,",
            "}importSchema(e,t={}){return new Promise(",
            "_onEvent(e,t,n){this.get(\"eventBus\").on(e,t,n)}")
        .as("its event bus: a listener without a priority gets 1000, a higher one runs first")
        .contains("eo.prototype.on=function(e,t,n,i){if(e=r.isArray(e)?e:[e],r.isFunction(t)&&(i=n,n=t,t=1e3)");
  }

  /** dynamic-list-complete.js: the form-js bug it works around and the Tasklist check it feeds. */
  @Test
  void theDynamicListFixMeetsTheBugAndTheCheckItWasWrittenFor() throws IOException {
    String deps = deps();
    assertThat(deps).as("form-js still leaves an empty entry for a valid field inside a list")
        .contains("r.set(l,[i,...Object.values(s||{})],c.length?c:void 0)")
        .as("and hands its state, errors included, to the listeners of \"changed\"")
        .contains("_setState(e){this._state={...this._state,...e},this._emit(\"changed\",this._getState())}")
        .as("submit hands its errors to the listeners of \"submit\" and returns the same object")
        .contains("const t={data:this._getSubmitData(),errors:this.validate()};return this._emit(\"submit\",t),t}");
    assertThat(tasklist()).as("Tasklist's own listener (default priority) and its check before completing")
        .contains("v.on(\"changed\",(function(e){h.notifyFormDirty(!0);var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)}))")
        .contains("if(t=A(),n=t.data,a=t.errors,!Object.keys(a).length)");
    String fix = read(SCRIPTS + "dynamic-list-complete.js");
    assertThat(fix).contains("import {onEachForm} from './form-js.js';")
        .contains("const BEFORE_TASKLIST = 2000;")
        .contains("form.on('changed', BEFORE_TASKLIST, dropEmptyErrors);")
        .contains("form.on('submit', BEFORE_TASKLIST, dropEmptyErrors);");
  }

  /** form-js-ru.js: every English text it translates is one form-js 1.8.7 produces, where it expects it. */
  @Test
  void everyFormJsTextTranslatedIsOneTheWebjarServes() throws IOException {
    String script = read(SCRIPTS + "form-js-ru.js");
    String deps = deps();
    assertThat(deps).as("the validator service makes every message, the renderer draws into config.renderer.container")
        .contains("validator:[\"type\",oo]", "validateFieldInstance(e,t){const{id:n,expressionContextInfo:i}=e,",
            "c=this.get(\"validator\").validateFieldInstance(t,n)", "d=n.validateFieldInstance(t,u)",
            "vo.$inject=[\"config.renderer\",\"eventBus\",\"form\",\"injector\"]",
            "t.on(\"form.destroy\",(()=>{c.render(null,o)}))");

    List<String[]> messages = pairs(script, "MESSAGES");
    assertThat(messages).hasSizeGreaterThanOrEqualTo(10);
    for (String[] message : messages) {
      boolean composed = message[0].startsWith("Value is expected to ");
      if (composed) {
        assertThat(deps).as(message[0]).contains("\"Value is expected to \"+(0===n?\"be an integer\":"
            + "`have at most ${n} decimal digit${n>1?\"s\":\"\"}`)+\".\"");
      } else {
        assertThat(deps).as(message[0]).containsPattern(served(message[0]));
      }
      assertThat(message[1]).as(message[0]).matches(".*[А-Яа-я].*");
    }
    assertThat(deps).contains("validator:[\"type\",oo]");

    List<String[]> labels = pairs(script, "LABELS");
    assertThat(labels).extracting(label -> label[0]).contains("Add new", "Select");
    assertThat(deps).contains("\" \",\"Add new\"]", "`Expand all (${m.length})`", "\" \",\"Collapse\"]",
        "children:_||\"Select\"}");
    for (String[] label : labels) {
      assertThat(deps).as(label[0]).containsPattern(served(label[0]));
    }
    for (String[] placeholder : pairs(script, "PLACEHOLDERS")) {
      assertThat(deps).as(placeholder[0]).contains("placeholder:\"" + placeholder[0] + "\"");
    }
  }

  /** An English text with "{}" for a value, as the bundle writes it: "text" or `text ${value}`. */
  static Pattern served(String english) {
    List<String> parts = new ArrayList<>();
    for (String part : english.split("\\{\\}", -1)) {
      parts.add(Pattern.quote(part));
    }
    return Pattern.compile("[\"`]" + String.join("\\$\\{[^}]+\\}", parts) + "[\"`]");
  }

  static List<String[]> pairs(String script, String name) {
    int start = script.indexOf("export const " + name + " = [");
    assertThat(start).as(name).isNotNegative();
    String block = script.substring(start, script.indexOf("];", start));
    Matcher pair = Pattern.compile("\\[\\s*'((?:[^'\\\\]|\\\\.)*)',\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*\\]").matcher(block);
    List<String[]> pairs = new ArrayList<>();
    while (pair.find()) {
      pairs.add(new String[] {pair.group(1), pair.group(2)});
    }
    return pairs;
  }

  static String constant(String script, String name, String value) {
    Matcher matcher = Pattern.compile("export const " + name + " = " + value + ";").matcher(script);
    assertThat(matcher.find()).as(name).isTrue();
    return matcher.group(1);
  }

  static String tasklist() throws IOException {
    return read(WEBJAR + "app/tasklist/camunda-tasklist-bootstrap.js");
  }

  static String deps() throws IOException {
    return read(WEBJAR + "lib/deps.js");
  }

  static String read(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
