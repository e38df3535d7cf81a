package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * The day-end reconciliation report of a location from the server: to show on screen, or as the CSV or
 * PDF file the server makes. Needs the server; throws the sync exceptions of {@link ServerCalls}.
 */
public final class DayEndReports {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final SupervisorApi api;
    private final ServerCalls calls;

    public DayEndReports(SupervisorApi api, ServerCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** The report; {@code notSyncedSince} may be null (the server then picks the location's closing time that day). */
    public ReconciliationReport load(String locationId, LocalDate date, Instant notSyncedSince) {
        return calls.execute(api.reconciliation(locationId, date.toString(), text(notSyncedSince)));
    }

    /**
     * Settles a refused command of the location (ADR 0152): the server records how its citizen was accounted for,
     * by the logged-in supervisor.
     *
     * @return the refused command with its settlement
     */
    public ReconciliationReport.RefusedCommand settle(String locationId, String commandId,
                                                      ReconciliationReport.RefusalOutcome outcome) {
        return calls.execute(api.settleRefusal(locationId, commandId, new ReconciliationReport.SettleRefusal(outcome)));
    }

    /**
     * Settles the commands a desk of the location lost when it came back from an earlier state (ADR 0162), by the
     * logged-in supervisor.
     *
     * @return the loss with its settlement
     */
    public ReconciliationReport.DeskRewind settleRewind(String locationId, String rewindId,
                                                        ReconciliationReport.RefusalOutcome outcome) {
        return calls.execute(api.settleRewind(locationId, rewindId, new ReconciliationReport.SettleRefusal(outcome)));
    }

    /**
     * Confirms that a desk not heard of was not used on {@code day} after its last contact (ADR 0154), by the
     * logged-in supervisor.
     */
    public ReconciliationReport.NotUsedConfirmation confirmNotUsed(String locationId, String deviceId, LocalDate day) {
        return calls.execute(api.confirmNotUsed(locationId, deviceId, new ReconciliationReport.ConfirmNotUsed(day)));
    }

    /**
     * The report as a file, exactly as the server made it.
     *
     * @throws ReportExportException when the answer is not a file of the asked format
     */
    public byte[] export(String locationId, LocalDate date, Instant notSyncedSince, ReportFormat format) {
        ResponseBody body = calls.execute(api.reconciliationFile(locationId, date.toString(), format.extension(),
                text(notSyncedSince)));
        if (body == null) {
            throw new ReportExportException("the server sent an empty " + format.extension() + " export", null, format);
        }
        try (body) {
            MediaType type = body.contentType();
            byte[] bytes = body.bytes();
            String mediaType = type == null ? "" : type.type() + "/" + type.subtype();
            boolean notPdf = format == ReportFormat.PDF && !startsWith(bytes, PDF_MAGIC);
            if (!format.mediaType().equals(mediaType) || notPdf) {
                throw new ReportExportException("the server did not send a " + format.extension() + " file (got "
                        + (mediaType.isEmpty() ? "no type" : mediaType) + ")", null, format);
            }
            return bytes;
        } catch (IOException e) {
            throw new ReportExportException("the " + format.extension() + " export could not be read", e, format);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
