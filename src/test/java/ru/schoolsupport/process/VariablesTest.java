package ru.schoolsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** A date is the municipality's date, whatever the server's time zone (issue 25). */
class VariablesTest {

  @Test
  void aDateSentAsADateIsReadInTheMunicipalitysTimeZone() {
    // midnight of 1 March in Moscow is still 28 February on a server in UTC
    Date moscowMidnight = Date.from(OffsetDateTime.parse("2027-03-01T00:00:00+03:00").toInstant());
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("deadline")).thenReturn(moscowMidnight);

    assertThat(Variables.date(scope, "deadline", "Срок", ZoneId.of("Europe/Moscow"))).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(Variables.date(scope, "deadline", "Срок", ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void aDateSentAsTextIsTheDateItSays() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("deadline")).thenReturn("2027-03-01");
    assertThat(Variables.date(scope, "deadline", "Срок", ZoneId.of("Asia/Vladivostok"))).isEqualTo(LocalDate.of(2027, 3, 1));
  }
}
