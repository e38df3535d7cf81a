package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.sync.PayloadDigest;
import be.antwerpen.lom.server.auth.ActorKeys;
import be.antwerpen.lom.server.auth.StaffAccount;
import be.antwerpen.lom.server.auth.StaffRepository;
import be.antwerpen.lom.server.command.Actor;
import be.antwerpen.lom.server.device.Device;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides who made each pushed command (ADR 0032). The person whose token came with the push is the
 * actor, unless the command names another staff member and carries that person's proof for this desk
 * (made while they were logged in here, e.g. offline before the push): then it is theirs, with their
 * current role and locations. A name without a valid proof counts for nothing: the command is the
 * pusher's, and the audit line says that the desk recorded another login.
 */
public final class CommandAuthors {

    static final String PROVEN = "made at this desk during another staff member's login, shown by their proof";
    static final String UNPROVEN = "recorded at the desk under another login without a valid proof;"
            + " attributed to the staff member who sent it";

    private final StaffRepository staff;
    private final ActorKeys keys;

    public CommandAuthors(StaffRepository staff, ActorKeys keys) {
        this.staff = staff;
        this.keys = keys;
    }

    /** The authors of one push: the session, the desk, and the staff members looked up so far. */
    public Push forPush(StaffMember session, Device device) {
        return new Push(session, device);
    }

    /** Resolves the actors of one push's commands, reading each named staff member once. */
    public final class Push {

        private final StaffMember session;
        private final Device device;
        private final Map<String, Optional<StaffMember>> active = new HashMap<>();

        private Push(StaffMember session, Device device) {
            this.session = session;
            this.device = device;
        }

        public Actor actorOf(Connection c, PushService.RawCommand raw) throws SQLException {
            Actor pusher = Actor.desk(session, device.id(), device.locationId(), device.lastPullCursor());
            String claimed = raw.actor();
            if (claimed.equals(session.username())) {
                return pusher;
            }
            if (claimed.indexOf('\0') >= 0) {
                return pusher.attributedAs(UNPROVEN); // no account has such a name; PostgreSQL cannot even look it up
            }
            // the proof covers the payload as received (ADR 0161): one read from a desk's outbox proves no other
            if (raw.actorProof() != null && keys.proves(c, claimed, device.id(), raw.commandId(),
                    PayloadDigest.of(raw.body().get("payload")), raw.actorProof())) {
                Optional<StaffMember> member = activeMember(c, claimed);
                if (member.isPresent()) {
                    return Actor.desk(member.get(), device.id(), device.locationId(), device.lastPullCursor())
                            .attributedAs(PROVEN + "; sent by " + session.username());
                }
            }
            return pusher.attributedAs(UNPROVEN);
        }

        private Optional<StaffMember> activeMember(Connection c, String username) throws SQLException {
            Optional<StaffMember> known = active.get(username);
            if (known == null) {
                known = staff.find(c, username).filter(StaffAccount::active).map(StaffAccount::member);
                active.put(username, known);
            }
            return known;
        }
    }
}
