package ru.schoolsupport.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every form-js message we translate is still in the script this Camunda version ships, and comes out in Russian. */
class FormJsRussianMessagesTest {

  @Test
  void formJsMessagesAreServedInRussian() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    new FormJsRussianMessages().doFilter(new MockHttpServletRequest("GET", FormJsRussianMessages.PATH), response, chain);

    assertThat(chain.getRequest()).as("the original is not passed through").isNull();
    response.setCharacterEncoding("UTF-8");
    String script = response.getContentAsString();
    assertThat(script).hasSizeGreaterThan(1_000_000);
    for (String[] message : FormJsRussianMessages.MESSAGES) {
      assertThat(script).as(message[0]).doesNotContain(message[0]).contains(message[1]);
    }
  }
}
