package be.antwerpen.lom.client.sync;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.api.LoginResponse;
import be.antwerpen.lom.model.lease.SeatLease;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.EnrollmentResponse;
import be.antwerpen.lom.model.sync.PullResponse;
import be.antwerpen.lom.model.sync.PushResponse;
import be.antwerpen.lom.model.sync.SnapshotResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The server endpoints the desk uses (REST + sync contract, all under /api/v1). */
public interface SyncApi {

    @GET("api/v1/health")
    Call<JsonNode> health();

    @POST("api/v1/auth/login")
    Call<LoginResponse> login(@Body LoginRequest request);

    /**
     * The key with which this desk proves that the logged-in staff member made a command (ADR 0032):
     * answer {@code {"key": base64}}; needs the staff token and the device credentials.
     */
    @POST("api/v1/auth/actor-key")
    Call<JsonNode> actorKey();

    /**
     * This desk's escrow key (ADR 0045): answer {@code {"key": base64}}; needs a staff token of someone who
     * works at this desk's location and the device credentials. Asked during a login, before the session
     * holds the token, so the token is passed here (it wins over a running session's).
     */
    @POST("api/v1/auth/desk-escrow-key")
    Call<JsonNode> deskEscrowKey(@Header("Authorization") String bearer);

    /** Ends the login session of {@code bearer} on the server (ADR 0142); sent after the desk forgot it. */
    @POST("api/v1/auth/logout")
    Call<Void> logout(@Header("Authorization") String bearer);

    @POST("api/v1/devices/enroll")
    Call<EnrollmentResponse> enroll(@Body EnrollmentRequest request);

    /**
     * Body {@code {"commands": [...], "deskSequence": n}} as in {@link be.antwerpen.lom.model.sync.PushRequest}; JSON so that a
     * command this build cannot read is still sent as stored (the server dead-letters it).
     */
    @POST("api/v1/sync/push")
    Call<PushResponse> push(@Header("X-Desk-Instance") String instance, @Body JsonNode request);

    /** {@code deskSequence}: the last sequence this desk has handed out, sent or not (ADR 0095). */
    @GET("api/v1/sync/pull")
    Call<PullResponse> pull(@Header("X-Desk-Instance") String instance, @Query("cursor") long cursor,
                            @Query("limit") int limit, @Query("deskSequence") long deskSequence);

    /** {@code deskSequence}: the last sequence this desk has handed out, sent or not (ADR 0095). */
    @GET("api/v1/sync/snapshot")
    Call<SnapshotResponse> snapshot(@Header("X-Desk-Instance") String instance,
                                    @Query("deskSequence") long deskSequence);

    /** Leases blank-form serials for this desk: body {@code {"count": N}}, answer {prefix, first, last, ...}. */
    @POST("api/v1/serials/lease")
    Call<JsonNode> leaseSerials(@Body Map<String, Integer> body);

    /** Tops up and lists this desk's seat leases (ADR 0030); empty body. */
    @POST("api/v1/sync/seat-leases")
    Call<List<SeatLease>> seatLeases(@Body Map<String, Object> body);
}
