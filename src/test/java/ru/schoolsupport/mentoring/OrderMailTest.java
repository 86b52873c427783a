package ru.schoolsupport.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.CycleTestSupport;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.TestYears;
import ru.schoolsupport.listformation.Category;
import ru.schoolsupport.listformation.ListSourcesRepository;
import ru.schoolsupport.listformation.Project;
import ru.schoolsupport.listformation.RegionalListEntry;
import ru.schoolsupport.mail.MailDispatcher;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailSettings;
import ru.schoolsupport.mail.SmtpDispatchers;
import ru.schoolsupport.process.WorkCalendar;

/**
 * The issued order as a director's mailbox receives it through SMTP (GreenMail): every link in it starts
 * with {@code schoolsupport.public-url}, and it comes from the department, by name.
 */
@SchoolSupportTest
class OrderMailTest {

  static final ServerSetup SMTP = new ServerSetup(ru.schoolsupport.FreePort.onLoopback(), "127.0.0.1", "smtp");
  static final Pattern LINK = Pattern.compile("\\bhttps?://\\S+");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired FormService forms;
  @Autowired MailOutbox outbox;
  @Autowired MailSettings settings;
  @Autowired WorkCalendar calendar;
  @Autowired ListSourcesRepository sources;

  GreenMail greenMail;
  MailDispatcher dispatcher;

  @BeforeEach
  void smtpServer() {
    greenMail = new GreenMail(SMTP);
    greenMail.start();
    dispatcher = SmtpDispatchers.to(SMTP, outbox, settings, calendar);
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  @Test
  void theOrdersLinksStartWithThePublicAddressAndItComesFromTheDepartment() throws Exception {
    CycleTestSupport cycles = new CycleTestSupport(runtime, tasks, management, forms);
    int year = TestYears.next();
    sources.saveRegionalListEntry(new RegionalListEntry("sosh6", year, Category.SHNOR, Project.P500,
        "приказ министерства образования области от 14.02." + year + " № 141"));
    ProcessInstance cycle = cycles.start(year);
    cycles.runToTheSchools(cycle, List.of("sosh6"), "Проверка письма с приказом");
    while (dispatcher.dispatchDue() > 0) {
      // the shared outbox may hold other tests' messages: send until nothing is due
    }

    List<MimeMessage> orders = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals("director.sosh6@prirechensk-edu.example.ru"))
        .filter(m -> subject(m).startsWith("Приказ № 1 ")).toList();
    assertThat(orders).isNotEmpty();
    MimeMessage order = orders.get(orders.size() - 1);

    String body = String.join("\n", texts(order.getContent()));
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(body);
    while (m.find()) {
      links.add(m.group());
    }
    assertThat(links).as("the links of %s", body).isNotEmpty()
        .allSatisfy(link -> assertThat(link).startsWith(SchoolSupportTest.PUBLIC_URL + "/"));
    assertThat(links).contains(SchoolSupportTest.PUBLIC_URL + "/camunda/app/tasklist/default/");
    assertThat(body).doesNotContain("localhost");

    // the attached order, as the demo directory and the regional list make it
    jakarta.mail.Part attachment = attachment(order.getContent());
    try (org.apache.poi.xwpf.usermodel.XWPFDocument docx =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(attachment.getInputStream())) {
      String text = CycleOrderDocumentTest.text(docx);
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "order-" + year + ".txt"), text);
      assertThat(text).contains("Управление образования г. Приреченска\n\nПРИКАЗ")
          .contains("\nг. Приреченск\n").contains("в " + year + " году")
          .contains("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
              + "Федерации», приказом министерства образования области от 14.02." + year + " № 141, в целях")
          .contains("курируемых школ Баранову Е.В., главного специалиста сектора перспективного развития и "
              + "методического сопровождения.")
          .contains("возложить на заместителя начальника управления образования Зайцева А.П.\n").doesNotContain("..")
          .contains("Начальник управления образования\tМ.С. Орлова")
          .contains("Лист ознакомления")
          .contains("| Мурадян Ольга Вачагановна | Директор МОБУ СОШ № 6 |");
    }

    InternetAddress from = (InternetAddress) order.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("Управление образования г. Приреченска");
    assertThat(from.getAddress()).isEqualTo("uo@prirechensk-edu.example.ru");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static jakarta.mail.Part attachment(Object content) throws Exception {
    MimeMultipart multipart = (MimeMultipart) content;
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).getFileName() != null) {
        return multipart.getBodyPart(i);
      }
    }
    throw new AssertionError("no attachment");
  }

  private static List<String> texts(Object content) throws Exception {
    if (content instanceof String text) {
      return List.of(text);
    }
    List<String> texts = new ArrayList<>();
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        if (multipart.getBodyPart(i).getFileName() == null) {
          texts.addAll(texts(multipart.getBodyPart(i).getContent()));
        }
      }
    }
    return texts;
  }
}
