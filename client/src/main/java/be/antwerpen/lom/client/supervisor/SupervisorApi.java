package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.model.api.AuditEntry;
import be.antwerpen.lom.model.api.AuditSearchRequest;
import be.antwerpen.lom.model.lease.SeatDayCapacity;
import be.antwerpen.lom.model.report.ReconciliationReport;
import be.antwerpen.lom.model.slot.Slot;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ConflictView;
import java.util.List;
import java.util.UUID;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The supervisor's calls: conflicts, rebook proposals, resolutions, open-conflict counts, day-end report
 * and its refused commands' settlement, audit search and the seat capacity per day (docs/sync-protocol.md). A {@code null} query value is left out of the URL.
 */
public interface SupervisorApi {

    @GET("api/v1/conflicts")
    Call<List<ConflictView>> conflicts(@Query("location") String locationId);

    @GET("api/v1/conflicts/{id}/proposals")
    Call<List<Slot>> proposals(@Path("id") UUID conflictId, @Query("mode") String mode, @Query("limit") int limit);

    @POST("api/v1/conflicts/{id}/resolve")
    Call<ConflictView> resolve(@Path("id") UUID conflictId, @Body Commands.ResolveConflict resolution);

    @GET("api/v1/locations/{id}/conflict-counts")
    Call<OpenConflictCounts> conflictCounts(@Path("id") String locationId);

    @GET("api/v1/locations/{id}/reconciliation?format=json")
    Call<ReconciliationReport> reconciliation(@Path("id") String locationId, @Query("date") String date,
                                              @Query("notSyncedSince") String notSyncedSince);

    /** The same report as a file: {@code format} is {@code csv} or {@code pdf}. */
    @GET("api/v1/locations/{id}/reconciliation")
    Call<ResponseBody> reconciliationFile(@Path("id") String locationId, @Query("date") String date,
                                          @Query("format") String format,
                                          @Query("notSyncedSince") String notSyncedSince);

    /** A supervisor says how a refused command's citizen was accounted for (ADR 0152); who settles is the session. */
    @POST("api/v1/locations/{id}/refused-commands/{commandId}/settlement")
    Call<ReconciliationReport.RefusedCommand> settleRefusal(@Path("id") String locationId,
                                                            @Path("commandId") String commandId,
                                                            @Body ReconciliationReport.SettleRefusal settlement);

    /** A supervisor says how the commands a desk lost coming back from an earlier state were accounted for (ADR 0162). */
    @POST("api/v1/locations/{id}/desk-rewinds/{rewindId}/settlement")
    Call<ReconciliationReport.DeskRewind> settleRewind(@Path("id") String locationId, @Path("rewindId") String rewindId,
                                                       @Body ReconciliationReport.SettleRefusal settlement);

    /** A supervisor confirms a desk not heard of was not used that day after its last contact (ADR 0154). */
    @POST("api/v1/locations/{id}/desks/{deviceId}/not-used")
    Call<ReconciliationReport.NotUsedConfirmation> confirmNotUsed(@Path("id") String locationId,
                                                                  @Path("deviceId") String deviceId,
                                                                  @Body ReconciliationReport.ConfirmNotUsed day);

    /** Per day at a location: seats the schedule offers, booked, held by desks' seat leases, free (ADR 0030). */
    @GET("api/v1/locations/{id}/seat-capacity")
    Call<List<SeatDayCapacity>> seatCapacity(@Path("id") String locationId, @Query("from") String from,
                                             @Query("to") String to);

    /** Criteria travel in the body: a national register number never appears in a URL. */
    @POST("api/v1/audit/search")
    Call<List<AuditEntry>> auditSearch(@Body AuditSearchRequest request);
}
