package org.thaw.clinician.summary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thaw.flag.boundary.FlagView;
import org.thaw.integration.view.BandWords;
import org.thaw.integration.view.EvidenceWords;
import org.thaw.integration.view.GoalWords;
import org.thaw.integration.view.MedicationTimeline;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.Frequency;
import org.thaw.plan.boundary.GoalView;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.ScreenerResult;

/**
 * Lays a {@link SummaryContent} out as an A4 PDF with OpenPDF: a header (the patient, when it was
 * made, "Thaw supports clinicians; it does not diagnose"), then the medications, the numbness trend
 * (a small drawn chart and the weekly means), the screeners with their change labels, the open
 * flags and the plan's goals, and on every page a footer with the page number. Plain Java over the
 * record: no boundary, no request.
 *
 * <p>The font is Liberation Sans (the copy OpenPDF ships), embedded as a subset with Unicode
 * encoding, so accents, "—", "→" and "≥" print and the text can be searched and copied. Every text,
 * whoever wrote it, goes in as text: nothing is read as markup, and control characters become
 * spaces.
 *
 * <pre>
 * byte[] pdf = SummaryPdf.write(content, Locale.ENGLISH);
 * </pre>
 */
public final class SummaryPdf {

    /** The PDF's media type. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color NAVY = new Color(0x25, 0x47, 0x6a);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color SHADE = new Color(0xf1, 0xf5, 0xf9);
    private static final Color EVENT = new Color(0x6b, 0x4f, 0xa0);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The room (points) a section needs at least on a page: its heading and a few lines. */
    private static final float SECTION_START = 90;

    /** How many of an instrument's latest totals the screeners table lists. */
    static final int TOTALS_SHOWN = 6;

    private final SummaryContent content;
    private final Locale locale;
    private final BaseFont base;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font bold;
    private final Font small;
    private PdfWriter writer;

    private SummaryPdf(SummaryContent content, Locale locale) {
        this.content = content;
        this.locale = locale;
        this.base = font();
        this.title = new Font(base, 16, Font.BOLD, NAVY);
        this.heading = new Font(base, 11.5f, Font.BOLD, NAVY);
        this.body = new Font(base, 8.5f, Font.NORMAL, INK);
        this.bold = new Font(base, 8.5f, Font.BOLD, INK);
        this.small = new Font(base, 7, Font.NORMAL, MUTED);
    }

    /** The summary as PDF bytes, its fixed words in {@code locale}'s language. */
    public static byte[] write(SummaryContent content, Locale locale) {
        return new SummaryPdf(content, locale).write();
    }

    private static BaseFont font() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's font " + FONT + " is missing");
            }
            return BaseFont.createFont(
                    "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 36, 48);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle(text("summary.title"));
            document.addCreator("Thaw");
            document.open();
            header(document);
            medications(document);
            numbness(document);
            screeners(document);
            flags(document);
            plan(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the prescriber summary could not be laid out", e);
        }
        return out.toByteArray();
    }

    // --- the parts ---

    private void header(Document document) {
        document.add(new Paragraph(text("summary.title"), title));
        Paragraph patient = paragraph("", body);
        patient.add(new Chunk(text("summary.patient") + " ", body));
        patient.add(new Chunk(clean(content.patientName()), bold));
        patient.setSpacingBefore(4);
        document.add(patient);
        document.add(paragraph(
                text(
                        "summary.generated",
                        Times.day(content.generatedAt().toLocalDate()),
                        TIME.format(content.generatedAt()),
                        content.generatedAt().getZone().getId()),
                body));
        Paragraph disclaimer = paragraph(text("summary.disclaimer"), bold);
        disclaimer.setSpacingBefore(2);
        document.add(disclaimer);
    }

    private void medications(Document document) {
        section(document, "summary.medications");
        List<CourseView> courses = content.courses().stream()
                .filter(c -> !c.enteredInError())
                .sorted(Comparator.comparing(CourseView::startedOn).reversed())
                .toList();
        if (courses.isEmpty()) {
            document.add(paragraph(text("summary.medications.none"), body));
        } else {
            PdfPTable table = table(new float[] {3.2f, 4.8f, 1.6f, 1.6f});
            headerCells(
                    table,
                    "summary.medications.drug",
                    "summary.medications.doses",
                    "summary.medications.started",
                    "summary.medications.stopped");
            for (CourseView course : courses) {
                Phrase drug = new Phrase();
                drug.add(new Chunk(clean(course.name()), bold));
                String drugClass = course.drugClass() != null
                        ? course.drugClass().label()
                        : text(
                                course.antidepressant()
                                        ? "summary.medications.otherAntidepressant"
                                        : "summary.medications.notAntidepressant");
                drug.add(new Chunk("\n" + drugClass, small));
                if (course.prescriber() != null && !course.prescriber().isBlank()) {
                    drug.add(new Chunk(
                            "\n" + text("summary.medications.prescriber", clean(course.prescriber())), small));
                }
                table.addCell(cell(drug));
                table.addCell(cell(new Phrase(String.join("\n", steps(course)), body)));
                table.addCell(cell(new Phrase(Times.day(course.startedOn()), body)));
                table.addCell(cell(new Phrase(
                        course.stoppedOn() == null
                                ? text("summary.medications.ongoing")
                                : Times.day(course.stoppedOn()),
                        body)));
            }
            document.add(table);
        }
        Paragraph words = paragraph("", body);
        words.add(new Chunk(text("summary.inWords") + " ", bold));
        words.add(new Chunk(
                clean(MedicationTimeline.summary(
                        content.days(), content.courses(), content.reports(), content.from(), content.to())),
                body));
        words.setSpacingBefore(3);
        document.add(words);
    }

    /** "1 Oct 2026: 50 mg once a day", then a line per dose change. */
    private List<String> steps(CourseView course) {
        List<String> lines = new ArrayList<>();
        lines.add(Times.day(course.startedOn()) + ": " + dose(course.dose(), course.unit(), course.frequency()));
        course.doseChanges().stream()
                .sorted(Comparator.comparing(DoseChangeView::on))
                .forEach(d -> lines.add(Times.day(d.on()) + ": " + dose(d.dose(), d.unit(), d.frequency())));
        return lines;
    }

    private static String dose(BigDecimal amount, String unit, String frequency) {
        return GoalWords.number(amount) + " " + unit + " "
                + Frequency.ofCode(frequency).map(Frequency::label).orElse(frequency);
    }

    private void numbness(Document document) {
        section(document, "summary.numbness", Times.day(content.from()), Times.day(content.to()));
        List<WeeklyNumbness> weeks = WeeklyNumbness.of(content.days(), content.from(), SummaryContent.WEEKS);
        if (weeks.stream().allMatch(w -> w.entries() == 0)) {
            document.add(paragraph(text("summary.numbness.none"), body));
            return;
        }
        Image chart = Image.getInstance(chart(writer.getDirectContent(), weeks));
        chart.setAlignment(Element.ALIGN_LEFT);
        document.add(chart);
        document.add(paragraph(text("summary.numbness.chartNote"), small));

        PdfPTable table = table(weeks.size() + 1, 2.2f);
        table.addCell(headerCell(text("summary.numbness.week")));
        weeks.forEach(w -> table.addCell(headerCell(SHORT.format(w.from()))));
        table.addCell(labelCell(text("summary.numbness.mean")));
        weeks.forEach(w -> table.addCell(
                cell(new Phrase(w.mean().isPresent() ? one(w.mean().getAsDouble()) : "–", body))));
        table.addCell(labelCell(text("summary.numbness.entries")));
        weeks.forEach(w -> table.addCell(cell(new Phrase(Integer.toString(w.entries()), small))));
        table.setSpacingBefore(3);
        document.add(table);
    }

    /** A line of the weekly means on a 0–10 axis, with a dashed line on each medication start, dose change and stop. */
    private PdfTemplate chart(PdfContentByte canvas, List<WeeklyNumbness> weeks) {
        float width = 515;
        float height = 105;
        float left = 22;
        float bottom = 16;
        float plotWidth = width - left - 4;
        float plotHeight = height - bottom - 6;
        PdfTemplate t = canvas.createTemplate(width, height);
        t.setLineWidth(0.4f);
        t.setColorStroke(RULE);
        for (int v = 0; v <= 10; v += 5) {
            float y = bottom + plotHeight * v / 10f;
            t.moveTo(left, y);
            t.lineTo(left + plotWidth, y);
            t.stroke();
            label(t, Integer.toString(v), left - 4, y - 2.5f, Element.ALIGN_RIGHT);
        }
        long span = ChronoUnit.DAYS.between(content.from(), content.to()) + 1;
        t.setColorStroke(EVENT);
        t.setLineWidth(0.8f);
        t.setLineDash(2.5f, 2f, 0f);
        for (LocalDate day : eventDays()) {
            float x = left + plotWidth * (ChronoUnit.DAYS.between(content.from(), day) + 0.5f) / span;
            t.moveTo(x, bottom);
            t.lineTo(x, bottom + plotHeight);
            t.stroke();
        }
        t.setLineDash(0f);
        float step = plotWidth / weeks.size();
        t.setColorStroke(NAVY);
        t.setColorFill(NAVY);
        t.setLineWidth(1.6f);
        boolean drawing = false;
        for (int i = 0; i < weeks.size(); i++) {
            WeeklyNumbness week = weeks.get(i);
            float x = left + step * (i + 0.5f);
            if (week.mean().isEmpty()) {
                if (drawing) {
                    t.stroke();
                }
                drawing = false;
                continue;
            }
            float y = bottom + plotHeight * (float) week.mean().getAsDouble() / 10f;
            if (drawing) {
                t.lineTo(x, y);
            } else {
                t.moveTo(x, y);
                drawing = true;
            }
        }
        if (drawing) {
            t.stroke();
        }
        for (int i = 0; i < weeks.size(); i++) {
            WeeklyNumbness week = weeks.get(i);
            float x = left + step * (i + 0.5f);
            if (week.mean().isPresent()) {
                t.circle(x, bottom + plotHeight * (float) week.mean().getAsDouble() / 10f, 2f);
                t.fill();
            }
            if (i % 2 == 0) {
                label(t, SHORT.format(week.from()), x, 4, Element.ALIGN_CENTER);
            }
        }
        return t;
    }

    private void label(PdfTemplate t, String text, float x, float y, int alignment) {
        t.beginText();
        t.setColorFill(MUTED);
        t.setFontAndSize(base, 6.5f);
        t.showTextAligned(alignment, text, x, y, 0);
        t.endText();
        t.setColorFill(NAVY);
    }

    /** The days in the window on which a course started, changed dose or stopped. */
    private Set<LocalDate> eventDays() {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (CourseView c : content.courses()) {
            if (c.enteredInError()) {
                continue;
            }
            days.add(c.startedOn());
            c.doseChanges().forEach(d -> days.add(d.on()));
            if (c.stoppedOn() != null) {
                days.add(c.stoppedOn());
            }
        }
        days.removeIf(d -> d.isBefore(content.from()) || d.isAfter(content.to()));
        return days;
    }

    private void screeners(Document document) {
        section(document, "summary.screeners");
        Map<String, List<ScreenerResult>> byInstrument = content.results().stream()
                .collect(Collectors.groupingBy(ScreenerResult::instrument, LinkedHashMap::new, Collectors.toList()));
        if (byInstrument.isEmpty()) {
            document.add(paragraph(text("summary.screeners.none"), body));
            return;
        }
        PdfPTable table = table(new float[] {1.5f, 3.2f, 2.2f, 2.2f, 3.4f});
        headerCells(
                table,
                "summary.screeners.instrument",
                "summary.screeners.latest",
                "summary.screeners.fromBaseline",
                "summary.screeners.fromPrevious",
                "summary.screeners.totals");
        for (List<ScreenerResult> results : byInstrument.values()) {
            ScreenerResult latest = results.get(results.size() - 1);
            ScreenerResult baseline = results.get(0);
            table.addCell(cell(new Phrase(clean(latest.title()), bold)));
            Phrase total = new Phrase();
            total.add(new Chunk(latest.total() + (latest.max() == null ? "" : " / " + latest.max()), bold));
            total.add(new Chunk(" " + text("summary.screeners.on", Times.day(latest.administeredOn())), body));
            if (latest.bandClinicianLabel() != null) {
                String band = BandWords.clinicianLabel(
                        latest.instrument(),
                        latest.version(),
                        latest.band(),
                        latest.bandLabel(),
                        latest.bandClinicianLabel(),
                        locale);
                total.add(new Chunk("\n" + clean(band), small));
            }
            if (latest.safetyPositive()) {
                total.add(new Chunk("\n" + text("summary.screeners.safety"), small));
            }
            table.addCell(cell(total));
            Phrase fromBaseline = new Phrase(change(latest.fromBaseline(), latest.changeFromBaseline()), body);
            if (latest.fromBaseline() != null) {
                fromBaseline.add(new Chunk(
                        "\n"
                                + text(
                                        "summary.screeners.baseline",
                                        baseline.total(),
                                        Times.day(baseline.administeredOn())),
                        small));
            }
            if (Boolean.TRUE.equals(latest.response())) {
                fromBaseline.add(new Chunk("\n" + text("summary.screeners.response"), small));
            }
            if (Boolean.TRUE.equals(latest.remission())) {
                fromBaseline.add(new Chunk("\n" + text("summary.screeners.remission"), small));
            }
            table.addCell(cell(fromBaseline));
            table.addCell(cell(new Phrase(change(latest.fromPrevious(), latest.changeFromPrevious()), body)));
            table.addCell(cell(new Phrase(
                    results.stream()
                            .skip(Math.max(0, results.size() - TOTALS_SHOWN))
                            .map(r -> r.total() + " (" + SHORT.format(r.administeredOn()) + ")")
                            .collect(Collectors.joining(" → ")),
                    body)));
        }
        document.add(table);
        document.add(paragraph(text("summary.screeners.thresholds"), small));
        notices(document, byInstrument.keySet());
    }

    /** Each notice once, naming the instruments it covers ("PHQ-9, GAD-7: Copyright © Pfizer Inc. …"). */
    private void notices(Document document, Set<String> instruments) {
        Map<String, List<String>> byNotice = new LinkedHashMap<>();
        for (String code : instruments) {
            String notice = content.notices().get(code);
            if (notice != null && !notice.isBlank()) {
                byNotice.computeIfAbsent(notice, n -> new ArrayList<>()).add(code);
            }
        }
        byNotice.forEach(
                (notice, codes) -> document.add(paragraph(String.join(", ", codes) + ": " + clean(notice), small)));
    }

    /** "+3, worse", "−6, improved", "0, no reliable change", or a dash for a first result. */
    private String change(Integer delta, ChangeLabel label) {
        if (delta == null) {
            return "–";
        }
        String sign = delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "0";
        return label == null ? sign : sign + ", " + GoalWords.change(label);
    }

    private void flags(Document document) {
        section(document, "summary.flags");
        if (content.flags().isEmpty()) {
            document.add(paragraph(text("summary.flags.none"), body));
            return;
        }
        PdfPTable table = table(new float[] {4.2f, 1.3f, 5.5f});
        headerCells(table, "summary.flags.flag", "summary.flags.severity", "summary.flags.evidence");
        for (FlagView flag : content.flags()) {
            Phrase name = new Phrase();
            name.add(new Chunk(clean(flag.label()), bold));
            name.add(new Chunk(
                    "\n"
                            + text(
                                    "summary.flags.opened",
                                    text("summary.flags.status." + flag.status().name()),
                                    Times.day(LocalDate.ofInstant(flag.openedAt(), content.zone()))),
                    small));
            table.addCell(cell(name));
            table.addCell(
                    cell(new Phrase(text("summary.severity." + flag.severity().name()), body)));
            String evidence = flag.evidence().stream()
                    .max(Comparator.comparing(FlagView.EvidenceView::recordedAt))
                    .map(e -> EvidenceWords.sentence(e, locale))
                    .orElse("");
            table.addCell(cell(new Phrase(clean(evidence), body)));
        }
        document.add(table);
    }

    private void plan(Document document) {
        section(document, "summary.plan");
        if (content.plan() == null) {
            document.add(paragraph(text("summary.plan.none"), body));
            return;
        }
        Paragraph problem = paragraph("", body);
        problem.add(new Chunk(text("summary.plan.problem") + " ", bold));
        problem.add(new Chunk(clean(content.plan().problem()), body));
        problem.setSpacingAfter(3);
        document.add(problem);
        if (content.plan().goals().isEmpty()) {
            document.add(paragraph(text("summary.plan.noGoals"), body));
        } else {
            PdfPTable table = table(new float[] {3.5f, 6f, 1.5f});
            headerCells(table, "summary.plan.goal", "summary.plan.progress", "summary.plan.status");
            for (GoalView goal : content.plan().goals()) {
                table.addCell(cell(new Phrase(clean(goal.description()), bold)));
                Phrase progress = new Phrase(
                        clean(GoalWords.progress(
                                goal.kind(),
                                goal.instrument(),
                                goal.comparison(),
                                goal.target(),
                                goal.days(),
                                goal.text(),
                                goal.progress())),
                        body);
                if (goal.progress() != null && goal.progress().change() != null) {
                    progress.add(new Chunk(
                            "\n"
                                    + text(
                                            "summary.plan.change",
                                            GoalWords.change(goal.progress().change())),
                            small));
                }
                table.addCell(cell(progress));
                table.addCell(cell(new Phrase(
                        GoalWords.status(
                                goal.progress() != null && goal.progress().met()),
                        body)));
            }
            document.add(table);
        }
        if (content.plan().reviewOn() != null) {
            document.add(paragraph(
                    text("summary.plan.review", Times.day(content.plan().reviewOn())), body));
        }
    }

    // --- building blocks ---

    /**
     * A section's heading; on a new page when too little of this one is left for the heading and
     * the first lines under it, so a heading never stands alone at the foot of a page.
     */
    private void section(Document document, String key, Object... args) {
        if (writer.getVerticalPosition(false) - document.bottom() < SECTION_START) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(text(key, args), this.heading);
        heading.setSpacingBefore(7);
        heading.setSpacingAfter(3);
        document.add(heading);
    }

    /** A paragraph of {@code text} with lines 1.3 times the font's size apart. */
    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(font.getSize() * 1.3f, text, font);
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(1);
        return table;
    }

    /** A table of {@code columns} columns whose first is {@code firstWidth} times as wide as the others. */
    private PdfPTable table(int columns, float firstWidth) {
        float[] widths = new float[columns];
        Arrays.fill(widths, 1f);
        widths[0] = firstWidth;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private void headerCells(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(headerCell(text(key)));
        }
    }

    private PdfPCell headerCell(String text) {
        PdfPCell cell = cell(new Phrase(text, bold));
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private PdfPCell labelCell(String text) {
        return cell(new Phrase(text, bold));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(4f);
        cell.setPaddingRight(4f);
        return cell;
    }

    private String text(String key, Object... args) {
        return Texts.get(locale, key, args);
    }

    private static String one(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    /** Text as written, with control characters (line breaks aside) as spaces; never markup. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** "Prescriber summary · Alex Morgan · made 3 Dec 2026 · page 2" and the disclaimer, under every page. */
    private final class Footer extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setColorFill(MUTED);
            canvas.setFontAndSize(base, 7);
            canvas.showTextAligned(
                    Element.ALIGN_LEFT,
                    text(
                            "summary.footer",
                            clean(content.patientName()).replace('\n', ' '),
                            Times.day(content.generatedAt().toLocalDate()),
                            writer.getPageNumber()),
                    document.left(),
                    document.bottom() - 20,
                    0);
            canvas.showTextAligned(
                    Element.ALIGN_LEFT, text("summary.disclaimer"), document.left(), document.bottom() - 29, 0);
            canvas.endText();
        }
    }
}
