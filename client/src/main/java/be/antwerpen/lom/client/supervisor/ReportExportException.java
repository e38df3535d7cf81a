package be.antwerpen.lom.client.supervisor;

/** The server's export could not be used or the file could not be written. */
public class ReportExportException extends RuntimeException {

    public ReportExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
