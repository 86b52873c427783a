package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Tasklist script this Camunda version ships still has the two places the fix rewrites. */
class TasklistFormCompletionFixTest {

  @Test
  void tasklistsScriptIsServedWithTheDynamicListFix() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    new TasklistFormCompletionFix().doFilter(new MockHttpServletRequest("GET", TasklistFormCompletionFix.PATH),
        response, chain);

    assertThat(chain.getRequest()).as("the original is not passed through").isNull();
    String script = response.getContentAsString();
    assertThat(script).hasSizeGreaterThan(100_000)
        .doesNotContain("var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)")
        .doesNotContain("if(t=A(),n=t.data,a=t.errors,!Object.keys(a).length)")
        .contains("(function f(x){return typeof x==\"string\"");
  }
}
