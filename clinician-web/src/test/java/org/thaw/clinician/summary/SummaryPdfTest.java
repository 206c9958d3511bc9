package org.thaw.clinician.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceSource;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.DrugClass;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.PlanView;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.screener.boundary.Source;

/**
 * The summary's layout over a fixture of one patient: it opens as a PDF of at most two pages whose
 * text holds what a prescriber reads (the medication with its dose steps and stop, the weekly
 * numbness, the latest PHQ-9 with its change label and the copyright notice, the open flag in its
 * clinical wording, the plan's goal), in a font that prints Spanish names, and with what someone
 * typed kept as text.
 */
class SummaryPdfTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate FROM = SummaryContent.windowStart(TODAY);
    private static final String PFIZER = "Copyright © Pfizer Inc. All rights reserved.";

    @Test
    void theSummaryHoldsWhatAPrescriberReads() throws IOException {
        byte[] pdf = SummaryPdf.write(fixture(), Locale.ENGLISH);
        // kept beside the build's output, for a person to look at the layout
        Files.write(Path.of("target", "prescriber-summary-fixture.pdf"), pdf);
        String text = text(pdf);

        assertTrue(text.contains("Prescriber summary"), text);
        assertTrue(text.contains("Begoña Muñoz Ibáñez"), "accents print and read back: " + text);
        assertTrue(text.contains("Generated on 3 Dec 2026 at 09:30 (Europe/Madrid)"), text);
        assertTrue(text.contains("Thaw supports clinicians; it does not diagnose."), text);

        assertTrue(text.contains("sertraline"), text);
        assertTrue(text.contains("SSRI"), text);
        assertTrue(text.contains("50 mg once a day"), text);
        assertTrue(text.contains("100 mg once a day"), "the dose change: " + text);
        assertTrue(text.contains("Prescriber: Dr. Peña"), text);
        assertTrue(text.contains("fluoxetine"), text);
        assertTrue(text.contains("1 Nov 2026"), "fluoxetine's stop: " + text);
        assertFalse(text.contains("wrongly entered drug"), "a course entered in error is left out");
        assertFalse(text.contains("CLINICIAN-ONLY"), "stop reasons and notes stay on the chart");

        assertTrue(text.contains("Week from"), text);
        assertTrue(text.contains("7.0"), "the last week's mean numbness: " + text);

        assertTrue(text.contains("PHQ-9"), text);
        assertTrue(text.contains("17 / 27"), "the latest PHQ-9 total: " + text);
        assertTrue(text.contains("+6, worse"), "the change from baseline with its label: " + text);
        assertTrue(text.contains(PFIZER), "the notice where PHQ-9 totals appear: " + text);
        assertFalse(text.contains("World Health Organization"), "no notice for an instrument not shown");

        assertTrue(text.contains("Possible medication-related blunting — review"), text);
        assertFalse(text.contains("caused by"), text);

        assertTrue(text.contains("PHQ-9 below 10"), text);
        assertTrue(text.contains("<b>sleep</b> & numbness"), "typed text stays text: " + text);
        assertTrue(text.contains("Next review: 17 Dec 2026"), text);
    }

    @Test
    void aPatientWithNothingRecordedStillGetsAPageThatSaysSo() throws IOException {
        SummaryContent empty = new SummaryContent(
                "Erin Blake",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZONE),
                ZONE,
                FROM,
                TODAY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                null);
        byte[] pdf = SummaryPdf.write(empty, Locale.ENGLISH);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("No medication recorded."), text);
        assertTrue(text.contains("No check-ins in these 12 weeks."), text);
        assertTrue(text.contains("No screener results."), text);
        assertTrue(text.contains("No open flags."), text);
        assertTrue(text.contains("No treatment plan yet."), text);
        assertFalse(text.contains("Pfizer"), "no PHQ-9 or GAD-7 totals, no notice");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertEquals("a b\nc", SummaryPdf.clean("a\u0007b\nc"));
    }

    /** The text of every page; the summary fits on one or two. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 1 && pages <= 2, "one or two pages, not " + pages);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    static SummaryContent fixture() {
        List<JournalDay> days = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TODAY); day = day.plusDays(1)) {
            int numbness = day.isBefore(TODAY.minusDays(34)) ? 3 : 7;
            days.add(day(day, numbness));
        }
        CourseView sertraline = course(
                "sertraline",
                DrugClass.SSRI,
                TODAY.minusDays(40),
                null,
                "Dr. Peña",
                List.of(new DoseChangeView(
                        UUID.randomUUID(),
                        TODAY.minusDays(26),
                        new BigDecimal("100"),
                        "mg",
                        "daily",
                        "dr.chen",
                        Instant.parse("2026-11-07T10:00:00Z"))),
                false);
        CourseView fluoxetine = course(
                "fluoxetine",
                DrugClass.SSRI,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 11, 1),
                null,
                List.of(),
                false);
        CourseView mistake = course("wrongly entered drug", null, TODAY.minusDays(10), null, null, List.of(), true);
        List<ScreenerResult> results = List.of(
                phq9(TODAY.minusDays(42), 11, null, null, null, null),
                phq9(TODAY.minusDays(14), 14, 3, ChangeLabel.NO_MEANINGFUL_CHANGE, 3, ChangeLabel.NO_MEANINGFUL_CHANGE),
                phq9(TODAY.minusDays(1), 17, 6, ChangeLabel.WORSE, 3, ChangeLabel.NO_MEANINGFUL_CHANGE));
        FlagView blunting = flag(
                FlagType.MEDICATION_ONSET,
                "Possible medication-related blunting — review",
                FlagStatus.OPEN,
                "Numbness mean 7.0 in the 14 days after the increase of sertraline to 100 mg once a day");
        GoalView goal = new GoalView(
                UUID.randomUUID(),
                GoalKind.SCORE,
                "PHQ-9",
                10,
                Comparison.BELOW,
                null,
                null,
                null,
                null,
                "PHQ-9 below 10",
                "CLINICIAN-ONLY comment",
                null,
                null,
                new GoalProgress(
                        new BigDecimal("11"),
                        TODAY.minusDays(42),
                        new BigDecimal("17"),
                        TODAY.minusDays(1),
                        ChangeLabel.WORSE,
                        null,
                        null,
                        false,
                        "PHQ-9: 11 at the start, 17 now"));
        PlanView plan = new PlanView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                3,
                3,
                "Emotional numbness with <b>sleep</b> & numbness\u0000 worse since the dose went up",
                List.of(goal),
                List.of(),
                List.of(),
                TODAY.plusDays(14),
                false,
                "CLINICIAN-ONLY private note",
                Instant.parse("2026-10-20T10:00:00Z"),
                Instant.parse("2026-11-20T10:00:00Z"),
                "dr.chen",
                List.of());
        return new SummaryContent(
                "Begoña Muñoz Ibáñez",
                ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZONE),
                ZONE,
                FROM,
                TODAY,
                days,
                List.of(mistake, sertraline, fluoxetine),
                List.of(new SideEffectView(
                        UUID.randomUUID(),
                        sertraline.id(),
                        "sertraline",
                        7,
                        List.of("blunting"),
                        null,
                        null,
                        TODAY.minusDays(5),
                        Instant.parse("2026-11-28T10:00:00Z"))),
                results,
                Map.of(
                        "PHQ-9",
                        PFIZER
                                + " Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues.",
                        "WHO-5",
                        "WHO-5 Well-Being Index © World Health Organization"),
                List.of(blunting),
                plan);
    }

    private static JournalDay day(LocalDate date, int numbness) {
        return new JournalDay(
                UUID.randomUUID(),
                date,
                numbness,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                false,
                null,
                null,
                Instant.parse("2026-12-01T10:00:00Z"),
                null,
                null);
    }

    private static CourseView course(
            String name,
            DrugClass drugClass,
            LocalDate startedOn,
            LocalDate stoppedOn,
            String prescriber,
            List<DoseChangeView> changes,
            boolean enteredInError) {
        return new CourseView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                name,
                drugClass,
                true,
                new BigDecimal("50"),
                "mg",
                "daily",
                startedOn,
                prescriber,
                stoppedOn,
                stoppedOn == null ? null : "CLINICIAN-ONLY stop reason",
                new BigDecimal("50"),
                "mg",
                "daily",
                enteredInError,
                null,
                null,
                null,
                Instant.parse("2026-10-01T10:00:00Z"),
                "dr.chen",
                changes,
                List.of(),
                List.of());
    }

    private static ScreenerResult phq9(
            LocalDate on,
            int total,
            Integer fromBaseline,
            ChangeLabel baselineLabel,
            Integer fromPrevious,
            ChangeLabel previousLabel) {
        return new ScreenerResult(
                UUID.randomUUID(),
                "PHQ-9",
                "PHQ-9",
                "1",
                Source.PATIENT,
                on,
                on.atStartOfDay(ZONE).toInstant(),
                total,
                27,
                "moderate",
                "Moderate",
                "Moderate depression symptoms",
                false,
                List.of(),
                fromBaseline,
                baselineLabel,
                fromPrevious,
                previousLabel,
                fromBaseline == null ? null : false,
                fromBaseline == null ? null : false,
                null,
                "en");
    }

    private static FlagView flag(FlagType type, String label, FlagStatus status, String evidence) {
        Instant opened = Instant.parse("2026-11-25T10:00:00Z");
        return new FlagView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                type,
                label,
                Severity.MEDIUM,
                status,
                opened,
                opened,
                null,
                null,
                null,
                status == FlagStatus.RESOLVED ? opened : null,
                null,
                null,
                null,
                null,
                List.of(new FlagView.EvidenceView(
                        opened, evidence, TODAY.minusDays(14), TODAY, List.of(), EvidenceSource.MEDICATION)));
    }
}
