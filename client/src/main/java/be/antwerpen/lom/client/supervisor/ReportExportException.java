package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.failure.DeskFailure;

/** The server's export could not be used or the file could not be written. */
public class ReportExportException extends DeskFailure {

    /** @param format the export's format as the person chose it (CSV, PDF) */
    public ReportExportException(String message, Throwable cause, ReportFormat format) {
        super(message, cause, "report.badExport", format.name());
    }
}
