package com.massagetrainer.classroom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV for spreadsheets (Apache Commons CSV). A cell that starts with = + - @ (or a tab or carriage return) would be
 * run as a formula by Excel or LibreOffice; it is prefixed with an apostrophe so it shows as the text it is.
 */
public final class SafeCsv {

    private SafeCsv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** A header row and one row per record; a byte-order mark first so Excel reads UTF-8 names correctly. */
    public static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
