package be.antwerpen.lom.server.auth;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.server.http.JsonBodies;
import io.javalin.http.Context;

/** POST /auth/login and POST /devices/enroll: the two endpoints that need no token. */
public final class AuthController {

    private final LoginService login;
    private final EnrollmentService enrollment;
    private final JsonBodies bodies;

    public AuthController(LoginService login, EnrollmentService enrollment, JsonBodies bodies) {
        this.login = login;
        this.enrollment = enrollment;
        this.bodies = bodies;
    }

    public void login(Context ctx) throws Exception {
        ctx.json(login.login(bodies.read(ctx, LoginRequest.class)));
    }

    public void enroll(Context ctx) throws Exception {
        ctx.status(201).json(enrollment.enroll(bodies.read(ctx, EnrollmentRequest.class)));
    }
}
