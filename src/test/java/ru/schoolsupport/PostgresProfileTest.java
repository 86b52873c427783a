package ru.schoolsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as production runs it (the {@code postgres} profile), booted by the test class alone in
 * its own JVM ({@code own-context}), on a database the class names with {@link PostgresTestDatabase}: its
 * own engine name, jobs off, mail written to files and not dispatched in the background.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@Tag("own-context")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    // its own engine name: the REST API and webapps of the other test contexts keep finding theirs as "default"
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=Sch00l-Support-Pr0d!",
    "schoolsupport.mail.transport=file",
    "schoolsupport.mail.sink-directory=target/mail",
    "schoolsupport.mail.dispatch-enabled=false"
})
public @interface PostgresProfileTest {
}
