package be.antwerpen.lom.client.supervisor;

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

/** The supervisor's calls: conflicts, rebook proposals, resolutions, day-end report (docs/sync-protocol.md). */
public interface SupervisorApi {

    @GET("api/v1/conflicts")
    Call<List<ConflictView>> conflicts(@Query("location") String locationId);

    @GET("api/v1/conflicts/{id}/proposals")
    Call<List<Slot>> proposals(@Path("id") UUID conflictId, @Query("mode") String mode, @Query("limit") int limit);

    @POST("api/v1/conflicts/{id}/resolve")
    Call<ConflictView> resolve(@Path("id") UUID conflictId, @Body Commands.ResolveConflict resolution);

    @GET("api/v1/locations/{id}/reconciliation?format=csv")
    Call<ResponseBody> reconciliationCsv(@Path("id") String locationId, @Query("date") String date);
}
