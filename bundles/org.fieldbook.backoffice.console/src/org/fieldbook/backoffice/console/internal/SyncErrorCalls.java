package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.SyncErrors;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The fleet's sync errors, for dispatchers and admins: {@code GET sync-errors?user&table&type&from&until&sort&order&page},
 * {@code GET sync-errors/<id>} with the details, {@code GET sync-errors.csv} with the same filters, every match.
 */
final class SyncErrorCalls implements ConsoleCall.Handler {

    static final int PAGE_SIZE = 25;
    private static final int CSV_LIMIT = 1000;

    private final SyncErrors errors;

    SyncErrorCalls(SyncErrors errors) {
        this.errors = errors;
    }

    record Row(String id, String when, String user, String table, String record, String type, String message) {
    }

    record Page(List<Row> rows, int total, int page, int pageSize) {
    }

    record Details(Row row, String code, String detail, String action, String actionData, boolean resolved) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().isEmpty() || !call.path().get(0).startsWith("sync-errors")) {
            return false;
        }
        call.require(Role.DISPATCHER);
        if (call.is("GET", "sync-errors")) {
            int page = number(call.request(), "page", 1);
            SyncErrors.Page found = errors.list(query(call.request(), (page - 1) * PAGE_SIZE, PAGE_SIZE));
            call.answer(200, new Page(found.entries().stream().map(SyncErrorCalls::row).toList(), found.total(), page, PAGE_SIZE));
        } else if (call.is("GET", "sync-errors", "*")) {
            SyncErrors.Entry entry = errors.find(call.path().get(1))
                    .orElseThrow(() -> new ConsoleCall.Refused(404, "There is no such sync error."));
            SyncError error = entry.error();
            call.answer(200, new Details(row(entry), error.getErrorCode(), error.getErrorDetail(), error.getAction(), error.getActionData(),
                    error.isResolved()));
        } else if (call.is("GET", "sync-errors.csv")) {
            csv(call, errors.list(query(call.request(), 0, CSV_LIMIT)).entries());
        } else {
            return false;
        }
        return true;
    }

    private static SyncErrors.Query query(HttpServletRequest request, int offset, int size) {
        String type = blankless(request.getParameter("type"));
        SyncErrorType known = type == null ? null : SyncErrorType.get(type);
        if (type != null && known == null) {
            throw new ConsoleCall.Refused(400, "Choose a type from the list.", "type");
        }
        Integer typeCode = known == null ? null : known.getValue();
        return new SyncErrors.Query(blankless(request.getParameter("user")), blankless(request.getParameter("table")), typeCode,
                instant(request, "from"), instant(request, "until"), blankless(request.getParameter("sort")),
                !"asc".equals(request.getParameter("order")), offset, size);
    }

    private static Row row(SyncErrors.Entry entry) {
        SyncError error = entry.error();
        return new Row(error.getId(), error.getOccurredAt() == null ? null : error.getOccurredAt().toString(), entry.user(),
                error.getTableName(), error.getRecordId(), (error.getErrorType() == null ? SyncErrorType.OTHER : error.getErrorType()).getLiteral(), error.getMessage());
    }

    /** Every match up to {@value #CSV_LIMIT}, newest first unless sorted otherwise; a cell a spreadsheet would run as a formula is quoted as text. */
    private static void csv(ConsoleCall call, List<SyncErrors.Entry> entries) throws IOException {
        call.response().setContentType("text/csv;charset=utf-8");
        call.response().setHeader("Content-Disposition", "attachment; filename=\"sync-errors.csv\"");
        Writer out = new OutputStreamWriter(call.response().getOutputStream(), StandardCharsets.UTF_8);
        out.write("when,user,table,record,type,message\r\n");
        for (SyncErrors.Entry entry : entries) {
            Row row = row(entry);
            out.write(String.join(",", List.of(cell(row.when()), cell(row.user()), cell(row.table()), cell(row.record()), cell(row.type()),
                    cell(row.message()))) + "\r\n");
        }
        out.flush();
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Instant instant(HttpServletRequest request, String name) {
        String value = blankless(request.getParameter(name));
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConsoleCall.Refused(400, "Enter a date and time.", name);
        }
    }

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = blankless(request.getParameter(name));
        if (value == null) {
            return fallback;
        }
        if (!value.matches("[1-9][0-9]{0,5}")) {
            throw new ConsoleCall.Refused(400, "The page is a number from 1.", name);
        }
        return Integer.parseInt(value);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
