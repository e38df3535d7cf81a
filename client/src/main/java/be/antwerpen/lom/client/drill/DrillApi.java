package be.antwerpen.lom.client.drill;

import be.antwerpen.lom.model.drill.DeskLiveLine;
import be.antwerpen.lom.model.drill.DeskStatusAnswer;
import be.antwerpen.lom.model.drill.DeskStatusReport;
import be.antwerpen.lom.model.drill.DrillDeskResult;
import be.antwerpen.lom.model.drill.DrillReport;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillStatus;
import be.antwerpen.lom.model.drill.DrillView;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The server's drill and desk status endpoints (ADR 0110, 0111, 0113). */
public interface DrillApi {

    @POST("api/v1/desks/status")
    Call<DeskStatusAnswer> report(@Body DeskStatusReport report);

    @GET("api/v1/drills/{id}/status")
    Call<DrillStatus> status(@Path("id") String drillId);

    @POST("api/v1/drills/{id}/desk-result")
    Call<Void> result(@Path("id") String drillId, @Body DrillDeskResult result);

    @GET("api/v1/desks")
    Call<List<DeskLiveLine>> desks(@Query("locationId") String locationId);

    @POST("api/v1/drills")
    Call<DrillView> start(@Body DrillRequest request);

    @GET("api/v1/drills")
    Call<List<DrillView>> drills();

    @POST("api/v1/drills/{id}/cancel")
    Call<DrillView> cancel(@Path("id") String drillId);

    @GET("api/v1/drills/{id}/report")
    Call<DrillReport> report(@Path("id") String drillId);
}
