package org.thaw.integration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void everyCellIsQuotedAndItsQuotesDoubled() {
        assertEquals(
                "\"dr.one\",\"say \"\"hi\"\"\",\"a,b\",\"two\nlines\"\r\n",
                Csv.row(List.of("dr.one", "say \"hi\"", "a,b", "two\nlines")));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", Csv.cell("+1"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'\tx\"", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"));
    }

    @Test
    void ordinaryCellsAndNullStayAsTheyAre() {
        assertEquals("\"a=b\"", Csv.cell("a=b"), "only the first character counts");
        assertEquals("\"\"", Csv.cell(""));
        assertEquals("\"\",\"x\"\r\n", Csv.row(Arrays.asList(null, "x")));
    }
}
