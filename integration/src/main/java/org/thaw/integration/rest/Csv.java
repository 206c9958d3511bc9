package org.thaw.integration.rest;

import java.util.List;

/**
 * Writes CSV (RFC 4180) that a spreadsheet opens safely: every cell quoted, quotes doubled, and a
 * cell that begins with {@code = + - @}, a tab or a carriage return prefixed with a single quote,
 * so a spreadsheet shows it as text and never runs it as a formula (CSV injection).
 *
 * <pre>
 * Csv.row(List.of("when", "=HYPERLINK(\"x\")"))   // "when","'=HYPERLINK(""x"")"\r\n
 * </pre>
 */
public final class Csv {

    /** The media type of an export, with its character set. */
    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {}

    /** One line: the cells quoted and neutralised, separated by commas, ended by CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One cell: {@code null} is empty; a value a spreadsheet would take for a formula gets a leading quote. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
