package ru.schoolsupport.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.schoolsupport.directory.DirectoryRepository;
import ru.schoolsupport.directory.MunicipalityProperties;
import ru.schoolsupport.directory.School;
import ru.schoolsupport.documents.WordDocument;
import ru.schoolsupport.process.WorkCalendar;
import ru.schoolsupport.roadmap.RoadmapService.Completion;
import ru.schoolsupport.roadmap.RoadmapService.RoadmapView;

/**
 * The roadmap as the department files it (seeds 002, 003): a table «№ п/п · Содержание деятельности ·
 * Сроки реализации · Индикативные показатели · Ответственный исполнитель · Отметка о выполнении» by
 * section, as XLSX and as DOCX, with completion per section, stage and overall; and the events register
 * as XLSX.
 */
@Component
public class RoadmapExports {

  public static final List<String> ROADMAP_HEADERS = List.of("№ п/п", "Содержание деятельности", "Сроки реализации",
      "Индикативные показатели", "Ответственный исполнитель", "Отметка о выполнении");
  public static final List<String> EVENT_HEADERS = List.of("№", "Дата", "Вид", "Тема", "Организатор", "Ответственный",
      "Формат", "Школы", "Участников", "Материалы", "Мероприятие дорожной карты");
  public static final String ROADMAP_SHEET = "Дорожная карта";
  public static final String COMPLETION_SHEET = "Выполнение";
  public static final String EVENTS_SHEET = "Мероприятия";
  public static final String EVENT_KINDS_SHEET = "По видам";

  private final RoadmapService roadmaps;
  private final DirectoryRepository directory;
  private final MunicipalityProperties municipality;
  private final WorkCalendar calendar;

  public RoadmapExports(RoadmapService roadmaps, DirectoryRepository directory, MunicipalityProperties municipality,
      WorkCalendar calendar) {
    this.roadmaps = roadmaps;
    this.directory = directory;
    this.municipality = municipality;
    this.calendar = calendar;
  }

  /** «выполнено 14 из 20 мероприятий (70 %)», and «, не выполнено 2» when items were accepted as not done. */
  public static String completionText(Completion c) {
    int lastTwo = c.total() % 100;
    int last = lastTwo % 10;
    String word = lastTwo >= 11 && lastTwo <= 14 ? "мероприятий" : last == 1 ? "мероприятия" : "мероприятий";
    return "выполнено " + c.done() + " из " + c.total() + " " + word + " (" + c.percent() + " %)" + notDoneText(c);
  }

  /** «, не выполнено 2» — the items accepted as not done (still counted in the total); empty if none. */
  public static String notDoneText(Completion c) {
    return c.notDone() == 0 ? "" : ", не выполнено " + c.notDone();
  }

  public byte[] roadmapXlsx(RoadmapView view) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      XSSFSheet sheet = workbook.createSheet(ROADMAP_SHEET);
      int r = 0;
      text(sheet.createRow(r++), 0, municipality.name(), styles.bold);
      text(sheet.createRow(r++), 0, view.roadmap().title(), styles.bold);
      if (view.roadmap().goal() != null) {
        text(sheet.createRow(r++), 0, "Цель: " + view.roadmap().goal(), null);
      }
      text(sheet.createRow(r++), 0, status(view), null);
      XSSFRow header = sheet.createRow(r++);
      for (int i = 0; i < ROADMAP_HEADERS.size(); i++) {
        text(header, i, ROADMAP_HEADERS.get(i), styles.header);
      }
      int n = 0;
      for (RoadmapSection section : view.sections()) {
        List<RoadmapItem> items = itemsOf(view, section);
        if (items.isEmpty()) {
          continue;
        }
        XSSFRow sectionRow = sheet.createRow(r++);
        text(sectionRow, 0, "", styles.section);
        text(sectionRow, 1, section.title() + " — " + completionText(view.ofSection(section.id())), styles.section);
        for (int i = 2; i < ROADMAP_HEADERS.size(); i++) {
          text(sectionRow, i, "", styles.section);
        }
        for (RoadmapItem item : items) {
          XSSFRow row = sheet.createRow(r++);
          String[] cells = itemCells(view, item, ++n);
          for (int i = 0; i < cells.length; i++) {
            text(row, i, cells[i], styles.cell);
          }
        }
      }
      int[] widths = {8, 60, 22, 30, 34, 44};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      XSSFSheet done = workbook.createSheet(COMPLETION_SHEET);
      int d = 0;
      XSSFRow h = done.createRow(d++);
      List<String> heads = List.of("Часть дорожной карты", "Выполнено", "Всего", "Выполнено, %", "Не выполнено");
      for (int i = 0; i < heads.size(); i++) {
        text(h, i, heads.get(i), styles.header);
      }
      d = completionRow(done, d, "Всего", view.overall(), styles);
      for (int stage : List.of(1, 2, 0)) {
        d = completionRow(done, d, RoadmapService.stageTitle(stage), view.ofStage(stage), styles);
      }
      for (RoadmapSection section : view.sections()) {
        d = completionRow(done, d, section.title(), view.ofSection(section.id()), styles);
      }
      done.setColumnWidth(0, 70 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] roadmapDocx(RoadmapView view) {
    WordDocument doc = new WordDocument(11);
    doc.a4(30, 15, 20, 20);
    doc.paragraph("Приложение к приказу" + (view.cycle().orderNumber() == null ? ""
        : " от " + RoadmapPeriods.RUSSIAN_DATE.format(view.cycle().orderDate()) + " № " + view.cycle().orderNumber()),
        false);
    doc.centered(view.roadmap().title(), true, 14);
    if (view.roadmap().goal() != null) {
      doc.paragraph("Цель: " + view.roadmap().goal(), false);
    }
    doc.paragraph(status(view), false);
    var table = doc.table(ROADMAP_HEADERS.toArray(String[]::new));
    int n = 0;
    for (RoadmapSection section : view.sections()) {
      List<RoadmapItem> items = itemsOf(view, section);
      if (items.isEmpty()) {
        continue;
      }
      XWPFTableRow sectionRow = table.createRow();
      doc.cell(sectionRow, 0, "");
      doc.run(sectionRow.getCell(1).getParagraphs().get(0), section.title(), true, 11);
      for (int i = 2; i < ROADMAP_HEADERS.size(); i++) {
        doc.cell(sectionRow, i, "");
      }
      for (RoadmapItem item : items) {
        XWPFTableRow row = table.createRow();
        String[] cells = itemCells(view, item, ++n);
        for (int i = 0; i < cells.length; i++) {
          doc.cell(row, i, cells[i]);
        }
      }
    }
    doc.paragraph("", false);
    doc.paragraph("Выполнение: всего — " + completionText(view.overall()) + "; " + List.of(1, 2, 0).stream()
        .filter(stage -> view.ofStage(stage).total() > 0)
        .map(stage -> RoadmapService.stageTitle(stage) + " — " + completionText(view.ofStage(stage)))
        .collect(Collectors.joining("; ")) + ".", false);
    return doc.bytes();
  }

  public byte[] eventsXlsx(String title, List<CycleEvent> events, RoadmapView roadmap) {
    Map<String, School> schools = directory.schoolsByCode();
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      XSSFSheet sheet = workbook.createSheet(EVENTS_SHEET);
      text(sheet.createRow(0), 0, municipality.name(), styles.bold);
      text(sheet.createRow(1), 0, title, styles.bold);
      XSSFRow header = sheet.createRow(2);
      for (int i = 0; i < EVENT_HEADERS.size(); i++) {
        text(header, i, EVENT_HEADERS.get(i), styles.header);
      }
      int r = 3;
      int n = 0;
      List<RoadmapItem> items = roadmap == null ? List.of() : roadmap.items();
      for (CycleEvent e : events) {
        XSSFRow row = sheet.createRow(r++);
        int itemNumber = e.roadmapItemId() == null ? 0
            : items.stream().map(RoadmapItem::id).toList().indexOf(e.roadmapItemId()) + 1;
        String[] cells = {String.valueOf(++n), RoadmapPeriods.RUSSIAN_DATE.format(e.heldOn()), e.kind().title(),
            e.topic(), e.hostOrganisation(), e.hostPerson(), e.format().title(),
            e.schools().stream().map(c -> schools.containsKey(c) ? schools.get(c).shortName() : c)
                .collect(Collectors.joining("; ")),
            e.participants() == null ? "" : String.valueOf(e.participants()), e.materialsLink(),
            itemNumber == 0 ? "" : "п. " + itemNumber + ". " + items.get(itemNumber - 1).content()};
        for (int i = 0; i < cells.length; i++) {
          text(row, i, cells[i] == null ? "" : cells[i], styles.cell);
        }
      }
      int[] widths = {5, 12, 18, 50, 30, 24, 14, 34, 12, 34, 50};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      XSSFSheet kinds = workbook.createSheet(EVENT_KINDS_SHEET);
      XSSFRow h = kinds.createRow(0);
      text(h, 0, "Вид мероприятия", styles.header);
      text(h, 1, "Проведено", styles.header);
      text(h, 2, "Участников", styles.header);
      int k = 1;
      for (EventKind kind : EventKind.values()) {
        List<CycleEvent> ofKind = events.stream().filter(e -> e.kind() == kind).toList();
        XSSFRow row = kinds.createRow(k++);
        text(row, 0, kind.title(), styles.cell);
        row.createCell(1).setCellValue(ofKind.size());
        row.createCell(2).setCellValue(ofKind.stream().map(CycleEvent::participants).filter(Objects::nonNull)
            .mapToInt(Integer::intValue).sum());
      }
      kinds.setColumnWidth(0, 36 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String[] itemCells(RoadmapView view, RoadmapItem item, int number) {
    return new String[] {number + ".", item.content(),
        item.period() != null ? item.period() : RoadmapPeriods.RUSSIAN_DATE.format(item.dueDate()),
        item.indicator() == null ? "" : item.indicator(),
        item.executors().stream().map(e -> roadmaps.executorName(e.kind(), e.ref())).filter(Objects::nonNull)
            .collect(Collectors.joining("\n")),
        RoadmapMarks.text(view, item, roadmaps, zone())};
  }

  private static List<RoadmapItem> itemsOf(RoadmapView view, RoadmapSection section) {
    return view.items().stream().filter(i -> Objects.equals(i.sectionId(), section.id())).toList();
  }

  private String status(RoadmapView view) {
    Roadmap r = view.roadmap();
    String state = r.status() == RoadmapStatus.APPROVED
        ? "Утверждена " + RoadmapPeriods.RUSSIAN_DATE.format(r.approvedAt().atZone(zone()).toLocalDate())
            + (r.version() > 1 ? ", редакция " + r.version() : "")
        : r.status().title();
    return state + ". По состоянию на " + RoadmapPeriods.RUSSIAN_DATE.format(calendar.today()) + " "
        + completionText(view.overall()) + ".";
  }

  private ZoneId zone() {
    return calendar.zone();
  }

  private int completionRow(XSSFSheet sheet, int r, String title, Completion c, Styles styles) {
    XSSFRow row = sheet.createRow(r);
    text(row, 0, title, styles.cell);
    row.createCell(1).setCellValue(c.done());
    row.createCell(2).setCellValue(c.total());
    row.createCell(3).setCellValue(c.percent());
    row.createCell(4).setCellValue(c.notDone());
    return r + 1;
  }

  private static void text(XSSFRow row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle header;
    final CellStyle section;
    final CellStyle cell;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = bordered(workbook);
      header.setFont(boldFont);
      section = bordered(workbook);
      section.setFont(boldFont);
      cell = bordered(workbook);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
