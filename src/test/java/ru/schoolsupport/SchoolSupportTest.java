package ru.schoolsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as the embedded default runs it (demo directory included), on an in-memory H2
 * database, with the job executor off so that tests fire timers and jobs on purpose. Every test
 * class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:school-support-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "server.address=127.0.0.1",
    "schoolsupport.mail.dispatch-enabled=false",
    "schoolsupport.mail.sink-directory=target/mail",
    // not the default, so that a link built from anything but this setting shows
    "schoolsupport.public-url=" + SchoolSupportTest.PUBLIC_URL
})
public @interface SchoolSupportTest {

  /** The address the tests' app says it is opened at: every link in its mails starts with it. */
  String PUBLIC_URL = "https://shkoly.prirechensk-edu.example.ru";
}
