package ru.schoolsupport.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.schoolsupport.SchoolSupportTest;
import ru.schoolsupport.cycle.Cycle;
import ru.schoolsupport.cycle.CycleService;
import ru.schoolsupport.listformation.CycleSchoolRepository;
import ru.schoolsupport.mail.MailDispatcher;
import ru.schoolsupport.mail.MailOutbox;
import ru.schoolsupport.mail.MailSettings;
import ru.schoolsupport.mail.SmtpDispatchers;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.schoolyear.StageReportRepository;

/**
 * The approved report really reaches the regional institute's mailbox through SMTP (GreenMail, in
 * process), once, with both files attached, and each opens as what it claims to be.
 */
@SchoolSupportTest
class MunicipalReportMailTest {

  static final ServerSetup SMTP = new ServerSetup(ru.schoolsupport.FreePort.onLoopback(), "127.0.0.1",
      "smtp");

  @Autowired CycleService cycles;
  @Autowired CycleSchoolRepository cycleSchools;
  @Autowired StageReportRepository stageReports;
  @Autowired MunicipalReportService reports;
  @Autowired MailOutbox outbox;
  @Autowired MailSettings settings;
  @Autowired WorkCalendar calendar;

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
  void theApprovedReportArrivesAtTheRegionalInstituteOnceWithBothFiles() throws Exception {
    Cycle cycle = ReportingFixtures.cycleWithStageOneReports(cycles, cycleSchools, stageReports);
    MunicipalReport report = reports.generate(cycle.id(), 1, null);
    MunicipalReport.Narrative text = report.narrative();
    reports.submit(report.id(), text.intro(), text.problems(), text.decisions(), "coordinator");
    assertThat(reports.decide(report.id(), MunicipalReportProcess.APPROVED, null, "head")).isTrue();
    reports.send(report.id());
    reports.send(report.id());

    // the shared outbox may hold other tests' messages: send until nothing is due
    while (dispatcher.dispatchDue() > 0) {
      // next batch
    }

    String subject = "Управление образования г. Приреченска: Муниципальный отчёт за I этап, " + cycle.startYear();
    List<MimeMessage> received = Arrays.stream(greenMail.getReceivedMessagesForDomain("iro.example.ru"))
        .filter(m -> subjectOf(m).equals(subject)).toList();
    assertThat(received).as("one message, however often it was queued or dispatched").hasSize(1);
    MimeMessage message = received.get(0);
    assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("cokio@iro.example.ru");

    List<Part> attachments = attachments(message.getContent());
    assertThat(attachments).hasSize(2);
    assertThat(attachments).extracting(p -> MimeUtility.decodeText(p.getFileName()))
        .containsExactly("Муниципальный отчёт за I этап, " + cycle.startYear() + ".xlsx",
            "Муниципальный отчёт за I этап, " + cycle.startYear() + ".docx");
    try (XSSFWorkbook xlsx = new XSSFWorkbook(attachments.get(0).getInputStream())) {
      assertThat(xlsx.getSheet(MunicipalReportWorkbook.SCHOOLS_SHEET).getDrawingPatriarch().getCharts()).isNotEmpty();
    }
    try (XWPFDocument docx = new XWPFDocument(attachments.get(1).getInputStream())) {
      assertThat(docx.getTables()).hasSize(2);
    }
    assertThat(reports.get(report.id()).status()).isEqualTo(MunicipalReportStatus.SENT);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parts of a message that carry a file, however deeply nested. */
  private static List<Part> attachments(Object content) throws Exception {
    List<Part> parts = new ArrayList<>();
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part part = multipart.getBodyPart(i);
        if (part.getFileName() != null) {
          parts.add(part);
        } else {
          parts.addAll(attachments(part.getContent()));
        }
      }
    }
    return parts;
  }
}
