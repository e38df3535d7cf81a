package be.antwerpen.lom.server.auth;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.JsonBodies;
import be.antwerpen.lom.server.http.SmallBodies;
import be.antwerpen.lom.server.refusal.Refusal;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/** POST /auth/login and POST /devices/enroll, the two endpoints that need no token, and POST /auth/logout. */
public final class AuthController implements EndpointGroup {

    private final LoginService login;
    private final Authenticator authenticator;
    private final EnrollmentService enrollment;
    private final JsonBodies bodies;

    public AuthController(LoginService login, Authenticator authenticator, EnrollmentService enrollment,
                          JsonBodies bodies) {
        this.login = login;
        this.authenticator = authenticator;
        this.enrollment = enrollment;
        this.bodies = bodies;
    }

    public void login(Context ctx) throws Exception {
        ctx.json(login.login(bodies.read(ctx, LoginRequest.class), source(ctx)));
    }

    /**
     * The desk, when the request carries its device id and a matching secret; else the client address
     * (a device id without its secret is not trusted: anyone could send another desk's id).
     */
    private LoginSource source(Context ctx) {
        String deviceId = ctx.header("X-Device-Id");
        String secret = ctx.header("X-Device-Secret");
        if (deviceId != null && secret != null) {
            try {
                return LoginSource.device(authenticator.device(deviceId, secret).id());
            } catch (Refusal notThisDesk) {
                // an unknown, revoked or unproven desk: throttled by its address like anyone else
            }
        }
        return LoginSource.address(ctx.ip());
    }

    /** Ends the caller's own login session: its token no longer works (204). */
    public void logout(Context ctx) {
        String authorization = ctx.header("Authorization");
        login.logout(authorization, authenticator.staff(authorization));
        ctx.status(204);
    }

    public void enroll(Context ctx) throws Exception {
        ctx.status(201).json(enrollment.enroll(bodies.read(ctx, EnrollmentRequest.class)));
    }

    /** The routes of this feature, under {@link HttpApi#BASE}. */
    @Override
    public void addEndpoints() {
        path(HttpApi.BASE, () -> {
            before("/auth/login", SmallBodies::require);
            before("/devices/enroll", SmallBodies::require);
            post("/auth/login", this::login);
            post("/auth/logout", this::logout);
            post("/devices/enroll", this::enroll);
        });
    }
}
